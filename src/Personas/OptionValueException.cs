using System.Globalization;

namespace Personas;

/// <summary>
/// An option value outside what the library accepts. <see cref="ArgumentException.ParamName"/> names the option as
/// <c>Record.Property</c> (for example <c>SegmentationOptions.K</c>), so a front end such as the command line can name its
/// own option; <see cref="Expected"/> states the allowed values. The options records' <c>Validate</c> methods are the one
/// source of these limits.
/// </summary>
public sealed class OptionValueException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="option">The option as <c>Record.Property</c>.</param>
    /// <param name="value">The value given.</param>
    /// <param name="expected">The allowed values in words, for example <c>a whole number from 2 to 100</c>.</param>
    public OptionValueException(string option, object? value, string expected)
        : base(option, value, null)
    {
        Expected = expected;
        ValueText = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
    }

    /// <summary>The allowed values, in words.</summary>
    public string Expected { get; }

    /// <summary>The value given, as text.</summary>
    public string ValueText { get; }

    /// <inheritdoc/>
    public override string Message => $"{ParamName}: {ValueText} is not allowed; expected {Expected}";

    /// <summary>Throws unless <paramref name="value"/> is within <paramref name="min"/>..<paramref name="max"/>.</summary>
    internal static void Range(int value, int min, int max, string option, string? why = null)
    {
        if (value < min || value > max)
        {
            throw new OptionValueException(option, value, WholeNumber(min, max) + (why is null ? string.Empty : " " + why));
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is within <paramref name="min"/>..<paramref name="max"/>.</summary>
    internal static void Range(double value, double min, double max, string option)
    {
        if (!(value >= min && value <= max))
        {
            throw new OptionValueException(option, value, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));
        }
    }

    /// <summary>"a whole number from 2 to 100", "a whole number of at least 1".</summary>
    internal static string WholeNumber(int min, int max) => (min, max) switch
    {
        (int.MinValue, int.MaxValue) => "a whole number",
        (_, int.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {min}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"),
    };
}
