using System.CommandLine;
using System.Globalization;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Cli.Options;

/// <summary>How personas are built: --k, --k-min, --k-max, --scaling, --engine, --seed, --threads, --restart-sample, --overrides, --vocabulary.</summary>
internal sealed class SegmentationCliOptions
{
    private static readonly SegmentationOptions Defaults = new();

    public Option<string> K { get; } = new Option<string>("--k")
    {
        Description = "the number of personas, or auto: the best silhouette among stable k with no persona under 3%",
        HelpName = "N|auto",
        DefaultValueFactory = _ => "auto",
    }.Bind("SegmentationOptions.K");

    public Option<int> KMin { get; } = CliOptions.Int("--k-min", "the smallest k tried by --k auto", "N", Defaults.KMin).Bind("SegmentationOptions.KMin");

    public Option<int> KMax { get; } = CliOptions.Int("--k-max", "the largest k tried by --k auto", "N", Defaults.KMax).Bind("SegmentationOptions.KMax");

    public Option<string> Scaling { get; } = CliOptions.Choice("--scaling", "how numeric features are scaled", "zscore", "robust", "none");

    public Option<string> Engine { get; } = CliOptions.Choice("--engine", "the k-means engine", "native", "mlnet");

    public Option<int> Seed { get; } = CliOptions.Int("--seed", "the random seed: same data + options + seed = the same output", "N", Defaults.Seed).Bind("SegmentationOptions.Seed");

    public Option<int?> Threads { get; } = CliOptions.OptionalInt("--threads", "worker threads; the output does not depend on it", "N", "all cores").Bind("SegmentationOptions.MaxDegreeOfParallelism");

    public Option<string?> Overrides { get; } = CliOptions.Text("--overrides", "your names and taglines by persona id, JSON {\"P1\": {\"name\": \"...\", \"tagline\": \"...\"}}; stored in the model so that a refresh keeps them", "FILE", "generated names");

    public Option<string?> Vocabulary { get; } = CliOptions.Text("--vocabulary", "words for generated names (JSON, see schemas/vocabulary.schema.json)", "FILE", "the built-in vocabulary");

    public Option<int> RestartSample { get; } = CliOptions.Int("--restart-sample", "above this many customers, the k-means++ restarts run on a seeded sample of this many and only the best start is refined on all rows; 0 runs every restart on all rows", "N", Defaults.RestartSampleSize).Bind("SegmentationOptions.RestartSampleSize");

    public IEnumerable<Option> All => [K, KMin, KMax, Scaling, Engine, Seed, Threads, RestartSample, Overrides, Vocabulary];

    /// <summary>The segmentation options, validated by the library (a range error names the option).</summary>
    public SegmentationOptions Segmentation(ParseResult r)
    {
        var kText = r.GetValue(K);
        int? k = null;
        if (kText is not null && kText != "auto")
        {
            if (!int.TryParse(kText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                throw new UsageException($"option --k: expected a whole number or 'auto', found '{kText}'");
            }

            k = parsed;
        }

        if (k is not null && (r.Given(KMin) || r.Given(KMax)))
        {
            throw new UsageException("--k-min and --k-max apply to --k auto; with --k N they would be ignored");
        }

        var options = Defaults with
        {
            K = k,
            KMin = r.GetValue(KMin),
            KMax = r.GetValue(KMax),
            Seed = r.GetValue(Seed),
            MaxDegreeOfParallelism = r.GetValue(Threads),
            RestartSampleSize = r.GetValue(RestartSample),
            Engine = r.GetValue(Engine) == "mlnet" ? KMeansEngine.MlNet : KMeansEngine.Native,
        };
        options.Validate();
        return options;
    }

    /// <summary>The feature options (--scaling).</summary>
    public FeatureOptions Features(ParseResult r) => new()
    {
        Scaling = r.GetValue(Scaling) switch
        {
            "robust" => ScalingMethod.Robust,
            "none" => ScalingMethod.None,
            _ => ScalingMethod.ZScore,
        },
    };

    /// <summary>The profiling options (--overrides, --vocabulary), files read at once so a bad file fails before the work.</summary>
    public ProfilingOptions Profiling(ParseResult r)
    {
        var profiling = new ProfilingOptions();
        if (r.GetValue(Overrides) is { } overrides)
        {
            profiling = profiling with { Overrides = PersonaOverrides.Load(InputFiles.Require(overrides, "--overrides")) };
        }

        if (r.GetValue(Vocabulary) is { } vocabulary)
        {
            profiling = profiling with { Vocabulary = NameVocabulary.Load(InputFiles.Require(vocabulary, "--vocabulary")) };
        }

        return profiling;
    }
}
