namespace Personas.Profiling;

/// <summary>Options of <see cref="Profiler.Profile"/>.</summary>
public sealed partial record ProfilingOptions
{
    /// <summary>The money column used for value shares (revenue, spend...).</summary>
    /// <value>
    /// The default is null: detected. The first numeric column named like revenue, monetary, sales, spend, amount, charges
    /// (a total preferred) or value, but not like a score, rate, share, page or average; else the sum of a family of
    /// money columns (two or more named like <c>Mnt*</c>, <c>amount_*</c>, <c>spend_*</c> or <c>sales_*</c>); else none, and
    /// the cards say why. The choice is noted in <see cref="PersonaSet.Notes"/>. Give <see cref="ValueColumns"/> for a sum.
    /// </value>
    public string? ValueColumn { get; init; }

    /// <summary>Money columns whose sum per customer is the value (for example the six <c>Mnt*</c> spending columns); use instead of <see cref="ValueColumn"/>.</summary>
    /// <value>The default is null: see <see cref="ValueColumn"/>.</value>
    public IReadOnlyList<string>? ValueColumns { get; init; }

    /// <summary>Whether a value column is detected when neither <see cref="ValueColumn"/> nor <see cref="ValueColumns"/> is given.</summary>
    /// <value>The default is true.</value>
    public bool DetectValueColumn { get; init; } = true;

    /// <summary>Columns that record outcomes: profiled as KPIs on every persona (rate or mean against the rest, lift, 95% CI, q-value, share of all outcomes and of their value) instead of as traits.</summary>
    /// <value>The default is null: none (<see cref="PersonaBuilder"/> passes the outcomes its feature plan found).</value>
    public IReadOnlyList<Personas.Features.OutcomeColumn>? Outcomes { get; init; }

    /// <summary>Values that mean "missing" or "not applicable" by column (sentinels such as <c>pdays = -1</c>): left out of the persona statistics.</summary>
    /// <value>The default is null: none (<see cref="PersonaBuilder"/> passes the sentinels its feature plan found).</value>
    public IReadOnlyDictionary<string, double>? MissingCodes { get; init; }

    /// <summary>
    /// Facts recorded in several columns (by label, the conditions that mark them, as the feature plan merged them, for
    /// example "No internet service" in seven columns): each is profiled once, as a yes/no trait named by its label, and
    /// in its columns the marked customers count as "not applicable" (missing), so a card does not show the same fact
    /// seven times nor the empty levels it leaves behind.
    /// </summary>
    /// <value>The default is null: none (<see cref="PersonaBuilder"/> passes the facts its feature plan merged).</value>
    public IReadOnlyDictionary<string, IReadOnlyList<Features.IndicatorSource>>? MergedFacts { get; init; }

    /// <summary>Levels and columns that record an encoding rather than a trait (merged repeated levels such as "No internet service"): never used in names.</summary>
    /// <value>The default is null: none besides the rules of the namer (missing indicators, "unknown"/"other" levels, integer codes).</value>
    public IReadOnlyCollection<string>? NotForNames { get; init; }

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

    /// <summary>User overrides of names and taglines by persona id (for example <c>P2</c>).</summary>
    /// <value>The default is null: no overrides.</value>
    public IReadOnlyDictionary<string, PersonaOverride>? Overrides { get; init; }
}
