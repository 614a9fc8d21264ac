using System.Globalization;

namespace Personas.Profiling;

/// <content>Validation: the one place that states the limits of every profiling option.</content>
public sealed partial record ProfilingOptions
{
    /// <summary>The most traits per direction a card can show.</summary>
    public const int MaxTraitsLimit = 100;

    /// <summary>Checks every option against its allowed values (column names are checked against the table by <see cref="Profiler.Profile"/>).</summary>
    /// <exception cref="OptionValueException">An option is out of range; the exception names it (<c>ProfilingOptions.MinPersonaSize</c>, ...).</exception>
    public void Validate()
    {
        const string n = nameof(ProfilingOptions) + ".";
        OptionValueException.Range(MinPersonaSize, 0, int.MaxValue, n + nameof(MinPersonaSize));
        OptionValueException.Range(MaxTraits, 1, MaxTraitsLimit, n + nameof(MaxTraits));
        if (!(MinEffectSize >= 0) || !double.IsFinite(MinEffectSize))
        {
            throw new OptionValueException(n + nameof(MinEffectSize), MinEffectSize, "a finite number of at least 0");
        }

        if (!(SignificanceLevel > 0 && SignificanceLevel <= 1))
        {
            throw new OptionValueException(n + nameof(SignificanceLevel), SignificanceLevel, "a number above 0 and at most 1");
        }

        if (ValueColumn is not null && ValueColumns is not null)
        {
            throw new OptionValueException(n + nameof(ValueColumns), string.Join(",", ValueColumns), "no ValueColumns when ValueColumn is given (one value column, or a sum of several)");
        }

        if (ValueColumns is { Count: 0 })
        {
            throw new OptionValueException(n + nameof(ValueColumns), string.Empty, "at least one money column");
        }

        if (ValueColumns?.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new OptionValueException(n + nameof(ValueColumns), repeated.Key, string.Create(CultureInfo.InvariantCulture, $"each column once (it is summed into the value)"));
        }
    }
}
