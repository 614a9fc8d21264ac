using Personas.Data;

namespace Personas.Tests.Words;

public class DataDictionaryTests
{
    [Theory]
    [InlineData("discount_share", "discount share")]
    [InlineData("MntWines", "mnt wines")]
    [InlineData("NumWebPurchases", "num web purchases")]
    [InlineData("days-since.last order", "days since last order")]
    [InlineData("AcceptedCmp3", "accepted cmp 3")]
    [InlineData("revenue_12m", "revenue 12m")]
    [InlineData("NPS_score", "NPS score")]
    [InlineData("CUSTOMER_AGE", "customer age")]
    [InlineData("Annual Income (k$)", "annual income (k$)")]      // a unit in parentheses stays as written
    [InlineData("Spending Score (1-100)", "spending score (1–100)")] // a range reads as a range
    [InlineData("(1-5) rating", "rating (1–5)")]
    [InlineData("pdays = -1 (3 columns)", "pdays = -1 (3 columns)")] // a merged fact keeps its value ("pdays 1" said something else)
    [InlineData("Num_Visits = 0 (2 columns)", "num visits = 0 (2 columns)")]
    [InlineData("MntWines + MntFruits", "mnt wines + mnt fruits")] // a value summed over two columns keeps its plus
    [InlineData("spend_food + 3 more columns", "spend food + 3 more columns")]
    public void Readable_SplitsWordsAndLowersThemExceptAcronyms(string column, string expected) =>
        Assert.Equal(expected, DataDictionary.Readable(column));

    [Theory]
    [InlineData("Mnt* (6 columns)", ReportLanguage.English, "spending (Mnt*, 6 columns)")] // "mnt (6 columns)" read as nothing
    [InlineData("Mnt* (6 columns)", ReportLanguage.Finnish, "kulutus (Mnt*, 6 saraketta)")]
    [InlineData("sales_* (3 columns)", ReportLanguage.English, "sales (sales_*, 3 columns)")]
    [InlineData("Revenue* (4 columns)", ReportLanguage.Finnish, "liikevaihto (Revenue*, 4 saraketta)")]
    public void Label_OfAValueSummedOverAFamilyOfMoneyColumns_SaysWhatItIs(string column, ReportLanguage language, string expected) =>
        Assert.Equal(expected, DataDictionary.Empty.Label(column, language));

    [Fact]
    public void Label_DictionaryEntryWinsOverTheFamilyRule() =>
        Assert.Equal("grocery spend", new DataDictionary([new DataDictionaryEntry { Column = "Mnt* (6 columns)", Label = new Dictionary<ReportLanguage, string> { [ReportLanguage.English] = "grocery spend" } }]).Label("Mnt* (6 columns)"));

    [Fact]
    public void FromCsv_ReadsColumnsLevelsUnitsAndFinnish()
    {
        var d = DataDictionary.FromCsv(new StringReader(
            "column,level,label,label_fi,unit,unit_fi,high,high_fi,low,low_fi\n" +
            "age,,age,ikä,years,vuotta,older,varttuneet,young,nuoret\n" +
            "household_type,,household,kotitalous,,,,,,\n" +
            "household_type,single,live alone,yksin asuvat,,,,,,\n" +
            "\"avg_order_value\",,\"average order value, EUR\",keskiostos,€,,,,,\n" +
            "newsletter,true,read the newsletter,uutiskirjeen lukijat,,,,,,\n"));

        Assert.Equal("age", d.Label("Age"));
        Assert.Equal("ikä", d.Label("age", ReportLanguage.Finnish));
        Assert.Equal("vuotta", d.Unit("age", ReportLanguage.Finnish));
        Assert.Equal("young", d.Describe("age", high: false));
        Assert.Equal("varttuneet", d.Describe("age", high: true, ReportLanguage.Finnish));
        Assert.Equal("live alone", d.LevelLabel("household_type", "single"));
        Assert.Equal("yksin asuvat", d.LevelLabel("household_type", "SINGLE", ReportLanguage.Finnish));
        Assert.Null(d.LevelLabel("household_type", "family"));
        Assert.Equal("average order value, EUR", d.Label("avg_order_value"));
        Assert.Equal("€", d.Unit("avg_order_value", ReportLanguage.Finnish)); // falls back to the English unit
        Assert.Equal("read the newsletter", d.LevelLabel("newsletter", "yes")); // yes = true = 1
        Assert.Equal("discount share", d.Label("discount_share")); // not in the dictionary
    }

    [Fact]
    public void FromJson_ReadsTheSameAsCsv()
    {
        var d = DataDictionary.FromJson("""
            { "columns": [
              { "column": "household_type", "label": "household", "label_fi": "kotitalous",
                "levels": { "single": { "label": "live alone", "label_fi": "yksin asuvat" }, "family": "have children at home" } },
              { "column": "avg_order_value", "label": "average order value", "unit": "€", "high": "big-basket" } ] }
            """);
        Assert.Equal("kotitalous", d.Label("household_type", ReportLanguage.Finnish));
        Assert.Equal("have children at home", d.LevelLabel("household_type", "family", ReportLanguage.Finnish));
        Assert.Equal("€", d.Unit("avg_order_value"));
        Assert.Equal("big-basket", d.Describe("avg_order_value", high: true));
    }

    [Fact]
    public void FromCsv_UnknownField_NamesFileLineAndField()
    {
        var e = Assert.Throws<PersonasDataException>(() => DataDictionary.FromCsv(new StringReader("column,label,colour\nage,age,red\n"), "labels.csv"));
        Assert.Equal("labels.csv", e.Source);
        Assert.Equal(1, e.Line);
        Assert.Contains("'colour'", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of the fields", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_TwoLabelsForOneColumn_NamesTheLine()
    {
        var e = Assert.Throws<PersonasDataException>(() => DataDictionary.FromCsv(new StringReader("column,label\nage,age\nage,years of age\n"), "labels.csv"));
        Assert.Equal(3, e.Line);
        Assert.Contains("already 'age'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_UnitOnALevelRow_IsRefused()
    {
        var e = Assert.Throws<PersonasDataException>(() => DataDictionary.FromCsv(new StringReader("column,level,unit\nage,young,years\n"), "labels.csv"));
        Assert.Equal(2, e.Line);
        Assert.Equal("unit", e.Column);
    }

    [Fact]
    public void FromCsv_WithoutColumnField_AndFromJsonMalformed_AreLocatedErrors()
    {
        Assert.Equal(1, Assert.Throws<PersonasDataException>(() => DataDictionary.FromCsv(new StringReader("label,unit\nage,years\n"))).Line);
        var e = Assert.Throws<PersonasDataException>(() => DataDictionary.FromJson("{\n \"columns\": [ { \"column\": \"a\", } \n", "x.json"));
        Assert.Equal("x.json", e.Source);
        Assert.NotNull(e.Line);
        Assert.Contains("columns[0]", Assert.Throws<PersonasDataException>(() => DataDictionary.FromJson("""{"columns": [{"label": "x"}]}""")).Message, StringComparison.Ordinal);
    }
}
