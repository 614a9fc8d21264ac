namespace Personas.Profiling;

/// <summary>Options of <see cref="Profiler.Profile"/>.</summary>
public sealed record ProfilingOptions
{
    /// <summary>The money column used for value shares (revenue, spend...).</summary>
    /// <value>The default is null: the first numeric column whose name contains revenue, monetary, sales, spend, amount or value (in this order of preference); the choice is noted in <see cref="PersonaSet.Notes"/>.</value>
    public string? ValueColumn { get; init; }

    /// <summary>The columns to profile.</summary>
    /// <value>The default is null: every numeric, boolean, date and categorical column.</value>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Personas with fewer customers get only their size and a note (privacy and reliability).</summary>
    /// <value>The default is 20.</value>
    public int MinPersonaSize { get; init; } = 20;

    /// <summary>The smallest |effect size| (Hedges' g or Cohen's h) that counts as a trait; smaller is negligible.</summary>
    /// <value>The default is 0.2.</value>
    public double MinEffectSize { get; init; } = 0.2;

    /// <summary>The significance level applied to Benjamini-Hochberg q-values.</summary>
    /// <value>The default is 0.05.</value>
    public double SignificanceLevel { get; init; } = 0.05;

    /// <summary>The most traits kept per direction (higher, lower) and persona.</summary>
    /// <value>The default is 6.</value>
    public int MaxTraits { get; init; } = 6;

    /// <summary>The words used to name personas.</summary>
    /// <value>The default is null: <see cref="NameVocabulary.Default"/>.</value>
    public NameVocabulary? Vocabulary { get; init; }

    /// <summary>The data dictionary: readable labels, units and level labels for names, taglines, narratives, cards and charts.</summary>
    /// <value>The default is null: labels are the column names made readable (<c>discount_share</c> -> "discount share").</value>
    public Personas.Data.DataDictionary? Labels { get; init; }

    /// <summary>The language of names, taglines and narratives (and of the cards and report rendered from the persona set).</summary>
    /// <value>The default is <see cref="ReportLanguage.English"/>.</value>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>User overrides of names and taglines by persona id (for example <c>P2</c>).</summary>
    /// <value>The default is null: no overrides.</value>
    public IReadOnlyDictionary<string, PersonaOverride>? Overrides { get; init; }
}
