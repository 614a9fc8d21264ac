using Personas.Words;

namespace Personas.Tests.Words;

public class TemplatesTests
{
    [Fact]
    public void EveryEnglishTemplate_HasAFinnishCounterpart_WithTheSamePlaceholders()
    {
        var missing = Templates.English.Keys.Except(Templates.Finnish.Keys).Order(StringComparer.Ordinal).ToArray();
        var extra = Templates.Finnish.Keys.Except(Templates.English.Keys).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, "English templates without a Finnish counterpart: " + string.Join(", ", missing));
        Assert.True(extra.Length == 0, "Finnish templates without an English one: " + string.Join(", ", extra));
        foreach (var (key, english) in Templates.English)
        {
            var finnish = Templates.Finnish[key];
            Assert.True(
                Templates.Placeholders(english).Order(StringComparer.Ordinal).SequenceEqual(Templates.Placeholders(finnish).Order(StringComparer.Ordinal)),
                $"'{key}': English has {{{string.Join("}, {", Templates.Placeholders(english))}}}, Finnish {{{string.Join("}, {", Templates.Placeholders(finnish))}}}");
        }
    }

    [Fact]
    public void FinnishTemplates_AreTranslated_NotCopies()
    {
        // Templates that are the same in both languages by nature (symbols, placeholders only).
        string[] same = ["list.and", "name.withId", "name.join", "name.adjectiveNoun", "card.colQ", "card.colP", "footer.personasValue", "phrase.isYes", "phrase.hasYes", "journey.buysOnItem"];
        var copies = Templates.English.Where(kv => !same.Contains(kv.Key) && Templates.Finnish[kv.Key] == kv.Value && kv.Value.Any(char.IsLetter) && kv.Value.Trim('{', '}').Contains(' ', StringComparison.Ordinal)).Select(kv => kv.Key).ToArray();
        Assert.True(copies.Length == 0, "untranslated: " + string.Join(", ", copies));
    }

    [Fact]
    public void Format_FillsNamedPlaceholders_AndRefusesAMissingValue()
    {
        Assert.Equal("1,297 customers", Templates.Format(ReportLanguage.English, "card.chipCustomers", ("count", "1,297")));
        Assert.Equal("1 297 asiakasta", Templates.Format(ReportLanguage.Finnish, "card.chipCustomers", ("count", "1 297")));
        Assert.Throws<ArgumentException>(() => Templates.Format(ReportLanguage.English, "card.chipCustomers"));
    }
}
