using Personas.Data;
using Personas.Profiling;

namespace Personas.Charts.Tests.TestSupport;

/// <summary>Hand-made persona sets with known traits, for charts that draw profiles.</summary>
internal static class SyntheticPersonas
{
    public static readonly DataDictionary Dictionary = DataDictionary.FromCsv(new StringReader(
        "column,level,label,label_fi,unit,unit_fi\n" +
        "aov,,average order value,keskiostos,€,\n" +
        "discount_share,,share bought at a discount,alennusosto-osuus,share,\n" +
        "age,,age,ikä,years,vuotta\n" +
        "household,,household,kotitalous,,\n" +
        "household,single,live alone,yksin asuvat,,\n"));

    /// <summary>Two personas; P1 has 20 traits (average order value -2.6, discount share 2.5, then trait_03... with 2.1, 2.0, ... and live alone 0.75), P2 three; <c>noise</c> is compared but never a trait.</summary>
    public static PersonaSet Set(ReportLanguage language = ReportLanguage.English)
    {
        var p1 = Enumerable.Range(0, 20).Select(i => Numeric("trait_" + (char)('a' + i), 10 + i, 5, 2.4 - (0.1 * i))).ToList();
        p1[0] = Numeric("aov", 41.3, 120.4, -2.6);
        p1[1] = Numeric("discount_share", 0.42, 0.16, 2.5);
        p1[2] = Level("household", "single", 0.52, 0.18, 0.75);
        var p2 = new[] { Numeric("age", 58, 36, 2.2), Numeric("aov", 210, 70, 1.9), Level("household", "single", 0.0, 0.39, -1.35) };
        Trait noise = Numeric("noise", 1, 1, 0.01);
        return new PersonaSet
        {
            Personas =
            [
                Persona("P1", "Young deal hunters", p1, [.. p1, noise]),
                Persona("P2", "Mature store regulars", p2, [.. p2, noise]),
            ],
            TotalCustomers = 1000,
            Notes = [],
            SignificanceLevel = 0.05,
            MinEffectSize = 0.2,
            MinPersonaSize = 20,
            TestCount = 20,
            Labels = Dictionary,
            Language = language,
        };
    }

    private static Persona Persona(string id, string name, IReadOnlyList<Trait> traits, IReadOnlyList<Trait> comparisons) => new()
    {
        Id = id,
        Name = name,
        Tagline = name,
        Size = 500,
        Share = 0.5,
        Centroid = new Dictionary<string, CentroidValue>(),
        Traits = traits,
        Comparisons = comparisons,
        Narrative = [],
        Quality = PersonaQuality.None,
        Warnings = [],
        IsDetailed = true,
    };

    private static Trait Numeric(string feature, double persona, double rest, double effect) => new()
    {
        Feature = feature,
        Kind = TraitKind.Numeric,
        Direction = effect >= 0 ? TraitDirection.Higher : TraitDirection.Lower,
        PersonaValue = persona,
        RestValue = rest,
        EffectSize = effect,
        CiLow = effect - 0.1,
        CiHigh = effect + 0.1,
        PValue = 1e-6,
        QValue = 1e-5,
    };

    private static Trait Level(string feature, string level, double persona, double rest, double effect) => Numeric(feature, persona, rest, effect) with { Level = level, Kind = TraitKind.Categorical };
}
