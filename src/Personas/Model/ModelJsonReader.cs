using System.Globalization;
using System.Text.Json;
using Personas.Data;
using Personas.Features;

namespace Personas.Model;

/// <summary>
/// Reads and validates a model file with <see cref="JsonDocument"/> only (no type names, no converters, nothing in the
/// file chooses what code runs). Either a complete, consistent model whose checksum matches comes back, or a
/// <see cref="PersonaModelException"/> naming the file and the JSON path.
/// </summary>
internal static class ModelJsonReader
{
    private static readonly string[] RootFields =
        ["format", "schemaVersion", "libraryVersion", "createdAt", "training", "featurePlan", "quality", "nextPersonaNumber", "personas", "checksum"];

        public static PersonaModel Read(ReadOnlyMemory<byte> utf8, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var found = utf8.IsEmpty ? "an empty file" : "invalid JSON at byte " + (e.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture) + " of the line";
            throw new PersonaModelException(file, null, found, "a complete JSON persona model (the file is not JSON or is truncated)", e.LineNumber + 1, e);
        }

        using (document)
        {
            var root = new ModelJsonNode(document.RootElement, "$", file);
            PersonaModel model;
            string stored;
            try
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw root.Error(root.Describe(), "a JSON object (a persona model)");
                }

                CheckHeader(root, document.RootElement);
                root.Object(RootFields);
                model = Build(root, file);
                stored = root["checksum"].String();
            }
            catch (InvalidOperationException e)
            {
                // System.Text.Json reads string content lazily: invalid UTF-8 or a lone surrogate escape surfaces here.
                throw new PersonaModelException(file, "$", null, "valid text in every string (found invalid UTF-8 or an unpaired surrogate escape)", null, e);
            }

            var expected = model.FileSchemaVersion == PersonaModel.CurrentSchemaVersion ? model.Checksum : ModelJsonWriter.ComputeChecksum(model, model.FileSchemaVersion);
            if (!string.Equals(stored, expected, StringComparison.Ordinal))
            {
                // The checksum catches accidental damage (truncation, a hand edit gone wrong), not tampering: anyone can
                // recompute it. The message therefore does not print the value that would make an edited file load.
                throw root["checksum"].Error(null, "a checksum that matches the content: the file was changed after it was saved, or is damaged; rebuild the model or restore the saved file");
            }

            return model;
        }
    }

    private static void CheckHeader(ModelJsonNode root, JsonElement element)
    {
        if (!element.TryGetProperty("format", out _))
        {
            throw root.Error(null, "this field, which is required (is this a persona model file, *.persona.json?)", "$.format");
        }

        var format = root["format"].String();
        if (format != PersonaModel.FormatName)
        {
            throw root["format"].Error(format, $"\"{PersonaModel.FormatName}\" (is this a persona model file, *.persona.json?)");
        }

        if (!element.TryGetProperty("schemaVersion", out _))
        {
            throw root.Error(null, "this field, which is required", "$.schemaVersion");
        }

        var version = root["schemaVersion"].Int();
        if (version is < 1 or > PersonaModel.CurrentSchemaVersion)
        {
            throw root["schemaVersion"].Error(
                version.ToString(CultureInfo.InvariantCulture),
                $"a schema version this library (Personas {PersonasInfo.Version}) reads: 1 to {PersonaModel.CurrentSchemaVersion}; the file was written by a newer Personas (upgrade) or is damaged");
        }
    }

    private static PersonaModel Build(ModelJsonNode root, string file)
    {
        var libraryVersion = root["libraryVersion"].String();
        var createdText = root["createdAt"].String();
        if (!DateTimeOffset.TryParseExact(createdText, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var createdAt))
        {
            throw root["createdAt"].Error(createdText, "an ISO 8601 round-trip date and time with offset (for example 2026-07-01T09:30:00.0000000+00:00)");
        }

        var training = ReadTraining(root["training"]);
        var version = root["schemaVersion"].Int();
        var (columns, decisions, options, outcomes, describeOnly) = ReadPlan(root["featurePlan"], version);
        var quality = ReadQuality(root["quality"]);
        var next = root["nextPersonaNumber"].Int(min: 2);
        var personas = root["personas"].List().Select(ReadPersona).ToArray();
        if (ModelCheck.Find(columns, personas, next) is { } problem)
        {
            throw new PersonaModelException(file, "$." + problem.Path, problem.Found, problem.Expected);
        }

        try
        {
            return new PersonaModel(FeaturePlanStore.Restore(columns, decisions, options, outcomes, describeOnly), personas, training, quality, createdAt, libraryVersion, next) { FileSchemaVersion = version };
        }
        catch (ArgumentException e)
        {
            throw new PersonaModelException(file, null, null, "a consistent model: " + e.Message, null, e);
        }
    }

    private static DataFingerprint ReadTraining(ModelJsonNode n)
    {
        n.Object("source", "rows", "columns", "contentHash", "seed", "options", "inputs");
        var hash = n["contentHash"].String();
        if (!IsSha256(hash))
        {
            throw n["contentHash"].Error(hash, "sha256: followed by 64 lowercase hex digits");
        }

        var options = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in n["options"].Properties())
        {
            options[name] = value.String();
        }

        var inputs = n["inputs"].Items().Select(i =>
        {
            var query = i.Has("query");
            _ = query ? i.Object("file", "bytes", "sha256", "query") : i.Object("file", "bytes", "sha256");
            return new Personas.Reporting.InputFileInfo(i["file"].String(), i["bytes"].Long(), i["sha256"].String()) { Query = query ? i["query"].String() : null };
        }).ToArray();
        return new DataFingerprint(n["source"].String(), n["rows"].Int(min: 0), n["columns"].Strings(), hash)
        {
            Seed = n["seed"].IsNull ? null : n["seed"].Int(),
            Options = options,
            Inputs = inputs,
        };
    }

    private static (PlannedColumn[] Columns, string[] Decisions, FeatureOptions Options, OutcomeColumn[] Outcomes, string[] DescribeOnly) ReadPlan(ModelJsonNode n, int version)
    {
        string[] v1 = ["scaling", "autoLog", "skewnessThreshold", "missingIndicatorThreshold", "weights", "columns", "exclude"];
        n.Object(version >= 2 ? ["options", "outcomes", "describeOnly", "decisions", "featureNames", "columns"] : ["options", "decisions", "featureNames", "columns"]);
        var o = n["options"].Object(version >= 2 ? [.. v1, .. ModelPlanFields.OptionFields] : v1);
        var scalingText = o["scaling"].String();
        var scaling = Enum.GetValues<ScalingMethod>().Cast<ScalingMethod?>().FirstOrDefault(m => ModelJsonWriter.ScalingName(m!.Value) == scalingText)
            ?? throw o["scaling"].Error(scalingText, "one of " + string.Join(", ", Enum.GetValues<ScalingMethod>().Select(ModelJsonWriter.ScalingName)));
        var weights = o["weights"].IsNull ? null : o["weights"].Properties().ToDictionary(p => p.Name, p => p.Value.Double(), StringComparer.Ordinal);
        var options = new FeatureOptions
        {
            Scaling = scaling,
            AutoLog = o["autoLog"].Bool(),
            SkewnessThreshold = o["skewnessThreshold"].Double(),
            MissingIndicatorThreshold = o["missingIndicatorThreshold"].Double(),
            Weights = weights,
            Columns = o["columns"].NullableStrings(),
            Exclude = o["exclude"].NullableStrings(),
        };
        if (version >= 2)
        {
            options = ModelPlanFields.ReadOptions(o, options);
        }
        else
        {
            // A version 1 plan has none of the later transforms: nothing is detected again when it is used.
            options = options with { DetectOutcomes = false, DetectSentinels = false, ClipImplausible = false, MergeRepeatedLevels = false, RareFlagShare = 0 };
        }

        var columns = n["columns"].List().Select(c => ReadColumn(c, version)).ToArray();
        var names = n["featureNames"].Strings();
        var expected = columns.SelectMany(c => c.FeatureNames).ToArray();
        if (!names.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw n["featureNames"].Error(string.Join(", ", names), "the columns' feature names in order: " + string.Join(", ", expected));
        }

        var (outcomes, describeOnly) = version >= 2 ? ModelPlanFields.ReadOutcomes(n) : ([], []);
        return (columns, n["decisions"].Strings(), options, outcomes, describeOnly);
    }

    private static PlannedColumn ReadColumn(ModelJsonNode n, int version)
    {
        string[] v1 = ["name", "role", "kind", "imputeValue", "missingCount", "missingIndicator", "log1p", "center", "scale", "indicatorCenter", "indicatorScale", "levels", "levelShares", "weight", "firstFeature", "featureNames"];
        if (version >= 2)
        {
            n.Object([.. v1, .. ModelPlanFields.ColumnFields], ModelPlanFields.OptionalColumnFields);
        }
        else
        {
            n.Object(v1);
        }

        var roleText = n["role"].String();
        var role = Enum.GetValues<ColumnRole>().Cast<ColumnRole?>().FirstOrDefault(r => ModelJsonWriter.RoleName(r!.Value) == roleText)
            ?? throw n["role"].Error(roleText, "one of " + string.Join(", ", Enum.GetValues<ColumnRole>().Select(ModelJsonWriter.RoleName)));
        var kindText = n["kind"].String();
        var kinds = version >= 2 ? Enum.GetValues<FeatureKind>() : [FeatureKind.Numeric, FeatureKind.Categorical];
        var kind = kinds.Cast<FeatureKind?>().FirstOrDefault(k => ModelJsonWriter.KindName(k!.Value) == kindText)
            ?? throw n["kind"].Error(kindText, string.Join(" or ", kinds.Select(ModelJsonWriter.KindName)));
        var column = new PlannedColumn
        {
            Name = n["name"].String(),
            Role = role,
            Kind = kind,
            ImputeValue = n["imputeValue"].NullableDouble() ?? double.NaN,
            MissingCount = n["missingCount"].Int(min: 0),
            MissingIndicator = n["missingIndicator"].Bool(),
            Log1p = n["log1p"].Bool(),
            Center = n["center"].Double(),
            Scale = n["scale"].Double(),
            IndicatorCenter = n["indicatorCenter"].Double(),
            IndicatorScale = n["indicatorScale"].Double(),
            Levels = n["levels"].Strings(),
            LevelShares = n["levelShares"].Doubles(),
            Weight = n["weight"].Double(),
            FirstFeature = n["firstFeature"].Int(min: 0),
            FeatureNames = n["featureNames"].Strings(),
        };
        return version >= 2 ? ModelPlanFields.ReadTransforms(n, column) : column;
    }

    private static ModelQuality ReadQuality(ModelJsonNode n)
    {
        n.Object("silhouette", "stability", "daviesBouldin", "calinskiHarabasz", "inertia", "warnings");
        return new ModelQuality
        {
            Silhouette = n["silhouette"].NullableDouble(),
            Stability = n["stability"].NullableDouble(),
            DaviesBouldin = n["daviesBouldin"].NullableDouble(),
            CalinskiHarabasz = n["calinskiHarabasz"].NullableDouble(),
            Inertia = n["inertia"].NullableDouble(),
            Warnings = n["warnings"].Strings(),
        };
    }

    private static ModelPersona ReadPersona(ModelJsonNode n)
    {
        n.Object("id", "name", "tagline", "overrides", "size", "share", "silhouette", "stability", "outlierDistance", "centroid", "spread");
        var o = n["overrides"].Object("name", "tagline");
        return new ModelPersona
        {
            Id = n["id"].String(),
            Name = n["name"].String(),
            Tagline = n["tagline"].String(),
            NameOverride = o["name"].NullableString(),
            TaglineOverride = o["tagline"].NullableString(),
            Size = n["size"].Int(min: 0),
            Share = n["share"].Double(),
            Silhouette = n["silhouette"].NullableDouble(),
            Stability = n["stability"].NullableDouble(),
            OutlierDistance = n["outlierDistance"].Float(),
            Centroid = n["centroid"].Floats(),
            Spread = n["spread"].Floats(),
        };
    }

    private static bool IsSha256(string s) =>
        s.Length == 71 && s.StartsWith("sha256:", StringComparison.Ordinal) && s.AsSpan(7).IndexOfAnyExcept("0123456789abcdef") < 0;
}
