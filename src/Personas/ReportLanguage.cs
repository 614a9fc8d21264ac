namespace Personas;

/// <summary>The language of persona names, taglines, narratives, cards, reports and charts. Statistics are the same in every language.</summary>
public enum ReportLanguage
{
    /// <summary>English (<c>en</c>): decimal point, comma thousands separator, <c>18.4%</c>, <c>€41</c>.</summary>
    English,

    /// <summary>Finnish (<c>fi</c>): decimal comma, a non-breaking space as thousands separator, <c>18,4 %</c>, <c>41 €</c>.</summary>
    Finnish,
}
