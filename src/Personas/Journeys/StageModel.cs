using System.Text;
using System.Text.Json;
using Personas.Data;
using Personas.Data.Text;

namespace Personas.Journeys;

/// <summary>
/// The ordered stages of a journey and which touchpoint belongs to which stage. A stage column in the events wins;
/// otherwise the explicit mapping; otherwise (when <see cref="UseDefaultTouchpoints"/>) the defaults for common
/// touchpoint names (<c>social_ads</c> and <c>display</c> are need recognition, <c>search</c> and
/// <c>comparison_sites</c> information search, <c>checkout</c> and <c>purchase</c> purchase decision,
/// <c>delivery</c> and <c>support</c> post-purchase, <c>loyalty</c> and <c>repurchase</c> repurchase).
/// Names are compared ignoring case, spaces, dashes and underscores.
/// </summary>
/// <example>
/// <code>
/// var stages = StageModel.LoadFile("stages.json"); // {"stages": [{"name": "awareness", "touchpoints": ["tv", "social_ads"]}, ...]}
/// </code>
/// </example>
public sealed class StageModel
{
    /// <summary>The default stage names, in order.</summary>
    public static readonly IReadOnlyList<string> DefaultStageNames = ["need recognition", "information search", "purchase decision", "post-purchase", "repurchase"];

    private static readonly Dictionary<string, int> StageAliases = new(StringComparer.Ordinal)
    {
        ["needrecognition"] = 0, ["awareness"] = 0, ["need"] = 0, ["discovery"] = 0,
        ["informationsearch"] = 1, ["consideration"] = 1, ["research"] = 1, ["search"] = 1, ["evaluation"] = 1, ["interest"] = 1,
        ["purchasedecision"] = 2, ["purchase"] = 2, ["decision"] = 2, ["conversion"] = 2, ["intent"] = 2,
        ["postpurchase"] = 3, ["service"] = 3, ["retention"] = 3, ["experience"] = 3, ["delivery"] = 3,
        ["repurchase"] = 4, ["loyalty"] = 4, ["repurchaseloyalty"] = 4, ["advocacy"] = 4,
    };

    // Keyword rules for default touchpoints, tried in order on the normalised name.
    private static readonly (string Keyword, int Stage)[] DefaultKeywords =
    [
        ("repurchase", 4), ("reorder", 4), ("loyalty", 4), ("renewal", 4), ("upsell", 4), ("crosssell", 4), ("referral", 4), ("advocacy", 4),
        ("delivery", 3), ("shipping", 3), ("onboarding", 3), ("support", 3), ("service", 3), ("return", 3), ("survey", 3), ("invoice", 3), ("installation", 3), ("feedback", 3),
        ("checkout", 2), ("cart", 2), ("purchase", 2), ("order", 2), ("conversion", 2), ("pricing", 2), ("quote", 2), ("demo", 2), ("trial", 2), ("store", 2), ("salescall", 2), ("sales", 2), ("payment", 2), ("signup", 2), ("booking", 2),
        ("search", 1), ("seo", 1), ("sea", 1), ("comparison", 1), ("compare", 1), ("review", 1), ("website", 1), ("site", 1), ("product", 1), ("blog", 1), ("email", 1), ("newsletter", 1), ("webinar", 1), ("content", 1), ("forum", 1), ("faq", 1), ("catalog", 1), ("app", 1),
        ("social", 0), ("display", 0), ("banner", 0), ("tv", 0), ("radio", 0), ("video", 0), ("influencer", 0), ("podcast", 0), ("print", 0), ("outofhome", 0), ("billboard", 0), ("wordofmouth", 0), ("ad", 0), ("affiliate", 0), ("event", 0),
    ];

    private readonly string[] _stages;
    private readonly Dictionary<string, int> _mapping;
    private readonly Dictionary<string, int> _stageIndex;

    /// <summary>Creates a stage model.</summary>
    /// <param name="stages">The stage names in order.</param>
    /// <param name="touchpointStages">An explicit touchpoint-to-stage mapping (stage names must be in <paramref name="stages"/>), or null.</param>
    /// <param name="useDefaultTouchpoints">Whether touchpoints missing from the mapping fall back to the defaults for common names (only when the stages are the five default stages or their aliases).</param>
    /// <exception cref="ArgumentException">No stages, a duplicate stage, or a mapping to an unknown stage.</exception>
    public StageModel(IReadOnlyList<string> stages, IReadOnlyDictionary<string, string>? touchpointStages = null, bool useDefaultTouchpoints = true)
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (stages.Count == 0)
        {
            throw new ArgumentException("Expected at least one stage.", nameof(stages));
        }

        _stages = [.. stages];
        _stageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _stages.Length; i++)
        {
            if (!_stageIndex.TryAdd(Normalize(_stages[i]), i))
            {
                throw new ArgumentException($"Stage '{_stages[i]}' appears twice.", nameof(stages));
            }
        }

        _mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (touchpoint, stage) in touchpointStages ?? new Dictionary<string, string>())
        {
            var s = IndexOf(stage);
            if (s < 0)
            {
                throw new ArgumentException($"Touchpoint '{touchpoint}' maps to stage '{stage}', which is not one of: {string.Join(", ", _stages)}.", nameof(touchpointStages));
            }

            _mapping[Normalize(touchpoint)] = s;
        }

        // Default keywords name the five default stages; they apply when each default stage can be found in this model.
        DefaultStageMap = Enumerable.Range(0, DefaultStageNames.Count).Select(d => _stages.Select((n, i) => (n, i)).FirstOrDefault(x => StageAliases.TryGetValue(Normalize(x.n), out var a) && a == d, (n: "", i: -1)).i).ToArray();
        UseDefaultTouchpoints = useDefaultTouchpoints && DefaultStageMap.All(i => i >= 0);
    }

    /// <summary>The five default stages with the default touchpoint names.</summary>
    public static StageModel Default { get; } = new(DefaultStageNames);

    /// <summary>The stage names in order.</summary>
    public IReadOnlyList<string> Stages => _stages;

    /// <summary>Whether common touchpoint names are mapped by default.</summary>
    public bool UseDefaultTouchpoints { get; }

    private int[] DefaultStageMap { get; }

    /// <summary>The index of a stage by name (ignoring case, spaces, dashes and underscores; aliases such as <c>awareness</c> or <c>loyalty</c> find the default stages), or -1.</summary>
    /// <param name="stage">The stage name.</param>
    /// <returns>The index into <see cref="Stages"/> or -1.</returns>
    public int IndexOf(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var n = Normalize(stage);
        if (_stageIndex.TryGetValue(n, out var i))
        {
            return i;
        }

        return StageAliases.TryGetValue(n, out var d) ? DefaultStageMap[d] : -1;
    }

    /// <summary>The stage of a touchpoint from the mapping or the defaults, or null when unmapped.</summary>
    /// <param name="touchpoint">The touchpoint name.</param>
    /// <returns>The stage name or null.</returns>
    public string? StageOf(string touchpoint)
    {
        var i = StageIndexOf(touchpoint);
        return i < 0 ? null : _stages[i];
    }

    internal int StageIndexOf(string touchpoint)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        var n = Normalize(touchpoint);
        if (_mapping.TryGetValue(n, out var s))
        {
            return s;
        }

        if (!UseDefaultTouchpoints)
        {
            return -1;
        }

        foreach (var (keyword, stage) in DefaultKeywords)
        {
            if (keyword.Length <= 3 ? HasToken(touchpoint, keyword) : n.Contains(keyword, StringComparison.Ordinal))
            {
                return DefaultStageMap[stage];
            }
        }

        return -1;
    }

    /// <summary>
    /// Loads a stage model from JSON (<c>{"stages": [{"name": "awareness", "touchpoints": ["tv"]}, ...], "useDefaults": true}</c>,
    /// or <c>{"stages": ["a", "b"], "touchpoints": {"tv": "a"}}</c>) or CSV (columns <c>touchpoint,stage</c>; stages in order of first appearance).
    /// </summary>
    /// <param name="path">The file (<c>.json</c> or delimited text).</param>
    /// <returns>The stage model.</returns>
    /// <exception cref="PersonasDataException">The file is missing or malformed.</exception>
    public static StageModel LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        try
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? LoadJson(path, name) : LoadCsv(path, name);
        }
        catch (ArgumentException e)
        {
            throw new PersonasDataException(name, null, null, null, "expected a valid stage model: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json: a value of the wrong kind (a number where a name belongs) or a string that is not valid text.
            throw new PersonasDataException(name, null, null, null, "expected a valid stage model (stage and touchpoint names as strings): " + e.Message, e);
        }
    }

    /// <summary>The index of the stage among <paramref name="names"/> that plays a default stage's role (0 need recognition ... 4 repurchase, by name or alias), or -1.</summary>
    internal static int RoleOf(IReadOnlyList<string> names, int defaultStage)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (StageAliases.TryGetValue(Normalize(names[i]), out var d) && d == defaultStage)
            {
                return i;
            }
        }

        return -1;
    }

    internal static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool HasToken(string touchpoint, string keyword)
    {
        foreach (var token in touchpoint.Split([' ', '_', '-', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.ToLowerInvariant();
            if (t == keyword || t == keyword + "s")
            {
                return true;
            }
        }

        return false;
    }

    private static StageModel LoadJson(string path, string name)
    {
        using var reader = TextSource.Open(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(reader.ReadToEnd());
        }
        catch (JsonException e)
        {
            throw new PersonasDataException(name, e.LineNumber + 1, null, null, "expected valid JSON: " + e.Message, e);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("stages", out var stagesEl) || stagesEl.ValueKind != JsonValueKind.Array)
            {
                throw new PersonasDataException(name, null, "stages", null, "expected an object with a 'stages' array");
            }

            var stages = new List<string>();
            var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in stagesEl.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.String)
                {
                    stages.Add(s.GetString()!);
                }
                else if (s.ValueKind == JsonValueKind.Object && s.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                {
                    stages.Add(n.GetString()!);
                    if (s.TryGetProperty("touchpoints", out var tps) && tps.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var t in tps.EnumerateArray())
                        {
                            mapping[t.GetString() ?? throw new PersonasDataException(name, null, "touchpoints", t.ToString(), "expected touchpoint names (strings)")] = n.GetString()!;
                        }
                    }
                }
                else
                {
                    throw new PersonasDataException(name, null, "stages", s.ToString(), "expected a stage name or an object with 'name' and 'touchpoints'");
                }
            }

            if (doc.RootElement.TryGetProperty("touchpoints", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in map.EnumerateObject())
                {
                    mapping[p.Name] = p.Value.GetString() ?? throw new PersonasDataException(name, null, p.Name, p.Value.ToString(), "expected a stage name");
                }
            }

            var useDefaults = !doc.RootElement.TryGetProperty("useDefaults", out var u) || u.ValueKind != JsonValueKind.False;
            return new StageModel(stages, mapping, useDefaults);
        }
    }

    private static StageModel LoadCsv(string path, string name)
    {
        var delimiter = DelimiterDetector.Detect(TextSource.Peek(path)).Delimiter;
        using var tokenizer = new CsvTokenizer(TextSource.Open(path), delimiter, name);
        var header = new List<string>();
        if (!tokenizer.ReadRecord())
        {
            throw new PersonasDataException(name, 1, null, null, "expected a header 'touchpoint,stage'; the file is empty");
        }

        tokenizer.CopyFields(header);
        var tp = header.FindIndex(h => h.Trim().Equals("touchpoint", StringComparison.OrdinalIgnoreCase));
        var st = header.FindIndex(h => h.Trim().Equals("stage", StringComparison.OrdinalIgnoreCase));
        if (tp < 0 || st < 0)
        {
            throw new PersonasDataException(name, 1, tp < 0 ? "touchpoint" : "stage", string.Join(", ", header), "expected the columns 'touchpoint' and 'stage'");
        }

        var stages = new List<string>();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        while (tokenizer.ReadRecord())
        {
            if (tokenizer.IsBlankRecord)
            {
                continue;
            }

            if (tokenizer.FieldCount <= Math.Max(tp, st) || tokenizer.Field(tp).Trim().IsEmpty || tokenizer.Field(st).Trim().IsEmpty)
            {
                throw new PersonasDataException(name, tokenizer.RecordLine, null, null, "expected a touchpoint and a stage on every line");
            }

            var stage = tokenizer.Field(st).Trim().ToString();
            if (!stages.Any(s => Normalize(s) == Normalize(stage)))
            {
                stages.Add(stage);
            }

            mapping[tokenizer.Field(tp).Trim().ToString()] = stage;
        }

        return new StageModel(stages, mapping, useDefaultTouchpoints: false);
    }
}
