using System.Globalization;

namespace Personas.Words;

/// <summary>
/// How numbers read in a language. English: <c>1,297</c>, <c>0.42</c>, <c>18.4%</c>, <c>€41</c>, <c>2.3x</c>. Finnish:
/// <c>1 297</c> (a non-breaking space between thousands), <c>0,42</c>, <c>18,4 %</c>, <c>41 €</c>, <c>2,3x</c>.
/// </summary>
internal sealed class NumberStyle
{
    /// <summary>A non-breaking space: Finnish thousands separator and the space before a percent sign or a unit.</summary>
    public const char Nbsp = '\u00A0';

    private static readonly string[] SymbolCurrencies = ["€", "$", "£", "¥"];
    private static readonly string[] CodeCurrencies = ["EUR", "USD", "GBP", "SEK", "NOK", "DKK", "ISK", "CHF", "JPY", "kr"];

    private readonly NumberFormatInfo _format;

    private NumberStyle(ReportLanguage language, NumberFormatInfo format)
    {
        Language = language;
        _format = format;
    }

    public static NumberStyle English { get; } = new(ReportLanguage.English, CultureInfo.InvariantCulture.NumberFormat);

    public static NumberStyle Finnish { get; } = new(ReportLanguage.Finnish, new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = Nbsp.ToString(),
        NegativeSign = "-",
    });

    public ReportLanguage Language { get; }

    public static NumberStyle For(ReportLanguage language) => language == ReportLanguage.Finnish ? Finnish : English;

    /// <summary>A value in original units: 75,000 / 1973 / 612 / 12.5 / 0.42 (thousands separators from 10,000 on, so years read as years).</summary>
    public string Num(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return "n/a";
        }

        var a = Math.Abs(x);
        var format = a >= 10000 ? "#,0" : a >= 100 ? "0" : a >= 10 ? "0.#" : "0.##";
        return x.ToString(format, _format);
    }

    /// <summary>A count of customers or events: 1,297 (English) / 1 297 (Finnish).</summary>
    public string Count(long n) => n.ToString("#,0", _format);

    /// <summary>A share as a percentage: 18.4% / 18,4 %.</summary>
    public string Pct(double share)
    {
        var text = (share * 100).ToString(share is > 0 and < 0.001 ? "0.##" : "0.#", _format);
        return Language == ReportLanguage.Finnish ? text + Nbsp + "%" : text + "%";
    }

    /// <summary>A change of a share in percentage points: +2.0 pt / +2,0 %-yks.</summary>
    public string Points(double delta)
    {
        var text = (delta * 100).ToString("+0.0;-0.0;0.0", _format);
        return Language == ReportLanguage.Finnish ? text + Nbsp + "%-yks." : text + " pt";
    }

    /// <summary>An effect size or a quality measure: 1.40 / -0.85.</summary>
    public string Effect(double x) => x.ToString("0.00", _format);

    /// <summary>An effect size with its sign: +1.40 / -0.85.</summary>
    public string SignedEffect(double x) => x.ToString("+0.00;-0.00;0.00", _format);

    /// <summary>A ratio: 2.3x.</summary>
    public string Ratio(double x) => x.ToString(x >= 10 ? "0" : "0.0#", _format) + "x";

    /// <summary>A ratio in words' numbers: 2.9 (for "2.9 times as likely").</summary>
    public string Times(double x) => x.ToString(x >= 10 ? "0" : "0.#", _format);

    /// <summary>A p- or q-value: &lt; 0.001 or 0.012.</summary>
    public string P(double p) => p < 0.001 ? "< " + 0.001.ToString("0.000", _format) : p.ToString("0.000", _format);

    /// <summary>A plain decimal with a fixed format (for example a threshold): 0.05 / 0,05.</summary>
    public string Fixed(double x, string format) => x.ToString(format, _format);

    /// <summary>
    /// A value with its unit: a currency symbol before the number in English and after it in Finnish (€41, 41 €), a
    /// currency code or a unit word after it (41 kr, 29 years), a share (unit <c>share</c>) as a percentage, a value
    /// already in percent (unit <c>%</c>) with the percent sign; money rounds to whole units from 10 on.
    /// </summary>
    public string Value(double x, string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit) || !double.IsFinite(x))
        {
            return Num(x);
        }

        var u = unit.Trim();
        if (u.Equals("share", StringComparison.OrdinalIgnoreCase) || u.Equals("osuus", StringComparison.OrdinalIgnoreCase))
        {
            return Pct(x);
        }

        if (u == "%")
        {
            return Language == ReportLanguage.Finnish ? Num(x) + Nbsp + "%" : Num(x) + "%";
        }

        var symbol = SymbolCurrencies.Contains(u, StringComparer.Ordinal);
        if (symbol || CodeCurrencies.Contains(u, StringComparer.OrdinalIgnoreCase))
        {
            var amount = Math.Abs(x) >= 10 ? x.ToString("#,0", _format) : x.ToString("0.00", _format);
            return symbol && Language == ReportLanguage.English ? (x < 0 ? "-" + u + amount[1..] : u + amount) : amount + Nbsp + u;
        }

        return Num(x) + " " + u;
    }

    /// <summary>True when a unit is money (a currency symbol or code).</summary>
    public static bool IsMoney(string? unit) => unit is not null && (SymbolCurrencies.Contains(unit.Trim(), StringComparer.Ordinal) || CodeCurrencies.Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>True when a unit says the values are 0..1 shares.</summary>
    public static bool IsShare(string? unit) => unit is not null && (unit.Trim().Equals("share", StringComparison.OrdinalIgnoreCase) || unit.Trim().Equals("osuus", StringComparison.OrdinalIgnoreCase));
}
