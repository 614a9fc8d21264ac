namespace Personas.Profiling;

/// <summary>
/// The profiled personas of one segmentation, with the settings used to decide what counts as a trait. Immutable:
/// renaming and narrating return a new set.
/// </summary>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record PersonaSet
{
    /// <summary>The personas, P1..Pk.</summary>
    public required IReadOnlyList<Persona> Personas { get; init; }

    /// <summary>The column used as customer value (revenue, spend...), or null when none.</summary>
    public string? ValueColumn { get; init; }

    /// <summary>The columns summed into the value (one column, or several for a sum such as the <c>Mnt*</c> columns); empty when none.</summary>
    public IReadOnlyList<string> ValueColumns { get; init; } = [];

    /// <summary>Why there is no value column (or how it was chosen), in words.</summary>
    public string ValueReason { get; init; } = string.Empty;

    /// <summary>The outcomes profiled as KPIs, with their overall rates or means; empty when there are none.</summary>
    public IReadOnlyList<OutcomeSummary> Outcomes { get; init; } = [];

    /// <summary>Warnings about the persona set as a whole (for example a column that alone drives the split), in words.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Data-quality findings of the build (duplicate rows, near-duplicate ids, implausible values), shown on the cards.</summary>
    public IReadOnlyList<Personas.Data.DataQualityIssue> DataQuality { get; init; } = [];

    /// <summary>The number of customers profiled.</summary>
    public required int TotalCustomers { get; init; }

    /// <summary>Decisions taken while profiling, in words (value column, skipped columns, ignored overrides...).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The significance level used on q-values.</summary>
    public required double SignificanceLevel { get; init; }

    /// <summary>The smallest |effect size| counted as a trait.</summary>
    public required double MinEffectSize { get; init; }

    /// <summary>The smallest persona described in detail.</summary>
    public required int MinPersonaSize { get; init; }

    /// <summary>The number of statistical tests the Benjamini-Hochberg adjustment ran over.</summary>
    public required int TestCount { get; init; }

    /// <summary>The persona with this id.</summary>
    /// <param name="id">The persona id, for example <c>P2</c>.</param>
    /// <returns>The persona.</returns>
    /// <exception cref="ArgumentException">No persona has this id.</exception>
    public Persona this[string id] =>
        Personas.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"No persona '{id}'; ids are {string.Join(", ", Personas.Select(p => p.Id))}.", nameof(id));

    /// <summary>Returns a set where the persona <paramref name="id"/> has a new name.</summary>
    /// <param name="id">The persona id.</param>
    /// <param name="name">The new name.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">No such persona, an empty name, or another persona already has this name.</exception>
    public PersonaSet Rename(string id, string name) => WithOverrides(new Dictionary<string, PersonaOverride> { [id] = new PersonaOverride(name) }, strict: true);

    /// <summary>Returns a set with names and taglines overridden by persona id. Overrides for ids not in the set are ignored and noted.</summary>
    /// <param name="overrides">Overrides by persona id.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">A name is empty or would be shared by two personas.</exception>
    public PersonaSet WithOverrides(IReadOnlyDictionary<string, PersonaOverride> overrides) => WithOverrides(overrides, strict: false);

    /// <summary>Returns a set where the persona <paramref name="id"/> has the given narrative.</summary>
    /// <param name="id">The persona id.</param>
    /// <param name="narrative">The sentences.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">No such persona.</exception>
    public PersonaSet WithNarrative(string id, IReadOnlyList<string> narrative)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        _ = this[id];
        return this with { Personas = Personas.Select(p => p.Id == id ? p with { Narrative = narrative.ToArray() } : p).ToArray() };
    }

    /// <summary>Returns a set whose detailed personas are narrated by <paramref name="narrator"/>, one persona after another in id order.</summary>
    /// <param name="narrator">The narrator, for example a <see cref="ChatClientNarrator"/>.</param>
    /// <param name="cancellationToken">Cancels the narration.</param>
    /// <returns>The new set.</returns>
    public async Task<PersonaSet> NarrateAsync(IPersonaNarrator narrator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(narrator);
        var result = this;
        foreach (var p in Personas.Where(p => p.IsDetailed))
        {
            var sentences = await narrator.NarrateAsync(p, this, cancellationToken).ConfigureAwait(false);
            result = result.WithNarrative(p.Id, sentences);
        }

        return result;
    }

    private PersonaSet WithOverrides(IReadOnlyDictionary<string, PersonaOverride> overrides, bool strict)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var notes = Notes.ToList();
        foreach (var id in overrides.Keys.Order(StringComparer.Ordinal))
        {
            if (Personas.All(p => p.Id != id))
            {
                if (strict)
                {
                    _ = this[id];
                }

                notes.Add($"Override for persona '{id}' ignored: there is no such persona in this set.");
            }
        }

        var personas = Personas.Select(p => overrides.TryGetValue(p.Id, out var o) ? Apply(p, o) : p).ToArray();
        var duplicate = personas.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Persona names must be unique: '{duplicate.Key}' would be used by {string.Join(" and ", duplicate.Select(p => p.Id))}.", nameof(overrides));
        }

        return this with { Personas = personas, Notes = notes };
    }

    private static Persona Apply(Persona p, PersonaOverride o)
    {
        if (o.Name is not null && string.IsNullOrWhiteSpace(o.Name))
        {
            throw new ArgumentException($"The new name of persona '{p.Id}' is empty.", nameof(o));
        }

        return p with { Name = o.Name?.Trim() ?? p.Name, Tagline = o.Tagline ?? p.Tagline };
    }
}
