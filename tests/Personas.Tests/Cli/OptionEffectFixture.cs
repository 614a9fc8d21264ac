using System.Globalization;
using System.Text;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>
/// Small inputs in which every option of every command has something to act on: alternative id, customer, date, amount,
/// touchpoint, stage, event-type, value and sequence columns, a bad row, decimal commas, cancellations and returns,
/// timestamp ties, and files for --overrides, --vocabulary and --stages.
/// </summary>
public sealed class OptionEffectFixture
{
    public OptionEffectFixture()
    {
        Dir = Paths.NewTempDir();
        Customers = Write("customers.csv", CustomersCsv(seed: 1));
        OtherCustomers = Write("customers2.csv", CustomersCsv(seed: 2));
        FewCustomers = Write("few.csv", "customer_id,spend\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"F{i},{100 + (i % 3 * 700) + i}\n")));
        Events = Write("events.csv", EventsCsv());
        Transactions = Write("transactions.csv", TransactionsCsv());
        OtherTransactions = Write("transactions2.csv", TransactionsCsv().Replace(",12.50,", ",99.50,", StringComparison.Ordinal));
        Overrides = Write("names.json", """{"P1": {"name": "Our own name", "tagline": "As we call them"}}""");
        Vocabulary = Write("vocabulary.json", """{"includeDefaults": false, "entries": [{"feature": "spend", "direction": "higher", "words": "Big-basket buyers"}, {"feature": "spend", "direction": "lower", "words": "Small-basket buyers"}]}""");
        Stages = Write("stages.json", """{"stages": [{"name": "looking", "touchpoints": ["search", "social_ads"]}, {"name": "buying", "touchpoints": ["web", "store"]}]}""");
        Paths2 = Write("paths.csv", "path,total_conversions,total_null\nA > B,20,5\nB > C,10,30\nA,5,10\nD > A,many,1\nC > A > B,8,2\n");
        OtherPaths = Write("paths2.csv", "path,total_conversions,total_null\nA > B,2,5\nB > C,10,3\nA,5,10\n");
        Notebook = Write("n.ipynb", NotebookJson("Console.WriteLine(\"hello \" + who); System.Threading.Thread.Sleep(1500);"));
        PackageNotebook = Write("p.ipynb", NotebookJson("#r \"nuget: No.Such.Package, 1.0.0\""));
        Packages = Directory.CreateDirectory(Path.Combine(Dir, "packages")).FullName;
        DuckDbFile = Path.Combine(Dir, "crm.duckdb");
        using (var duck = new global::DuckDB.NET.Data.DuckDBConnection($"Data Source={DuckDbFile}"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $"CREATE TABLE customers AS SELECT * FROM read_csv('{OtherCustomers}', header = true, all_varchar = true)";
            command.ExecuteNonQuery();
        }

        var (code, _, err) = BuildCommandTests.Run("build", "--customers", Customers, "--k", "3", "--out", Path.Combine(Dir, "model3"));
        Assert.True(code == 0, err);
        (code, _, err) = BuildCommandTests.Run("build", "--customers", Customers, "--k", "2", "--out", Path.Combine(Dir, "model2"));
        Assert.True(code == 0, err);
        Model = Path.Combine(Dir, "model3", "model.persona.json");
        OtherModel = Path.Combine(Dir, "model2", "model.persona.json");
        PreviousAssignments = Path.Combine(Dir, "model3", "assignments.csv");

        // The model's own folder has assignments.csv next to it; a copy of the model without it makes --previous-assignments visible.
        var bare = Directory.CreateDirectory(Path.Combine(Dir, "bare")).FullName;
        BareModel = Path.Combine(bare, "model.persona.json");
        File.Copy(Model, BareModel);
    }

    public string Dir { get; }

    public string Notebook { get; }

    /// <summary>A DuckDB database file with a table <c>customers</c> (the rows of <see cref="OtherCustomers"/>).</summary>
    public string DuckDbFile { get; }

    public string PackageNotebook { get; }

    public string Packages { get; }

    public string Customers { get; }

    public string OtherCustomers { get; }

    /// <summary>Customers with one of the model's columns only (spend).</summary>
    public string FewCustomers { get; }

    public string Events { get; }

    public string Transactions { get; }

    public string OtherTransactions { get; }

    public string Overrides { get; }

    public string Vocabulary { get; }

    public string Stages { get; }

    public string Paths2 { get; }

    public string OtherPaths { get; }

    public string Model { get; }

    public string OtherModel { get; }

    public string BareModel { get; }

    public string PreviousAssignments { get; }

    private string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    // A parameters cell and one code cell.
    private static string NotebookJson(string code) =>
        "{\"cells\": [" +
        "{\"cell_type\": \"code\", \"metadata\": {\"tags\": [\"parameters\"]}, \"source\": [\"var who = \\\"world\\\";\"], \"outputs\": [], \"execution_count\": null}, " +
        "{\"cell_type\": \"code\", \"metadata\": {}, \"source\": [" + System.Text.Json.JsonSerializer.Serialize(code) + "], \"outputs\": [], \"execution_count\": null}" +
        "], \"metadata\": {\"kernelspec\": {\"name\": \".net-csharp\", \"display_name\": \"C#\", \"language\": \"C#\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}";

    // Three clear groups on spend and visits; alt_id is another unique id; score has decimal commas (quoted); region is an
    // integer code (a category by default); churned is an outcome (a KPI by default); one bad row.
    private static string CustomersCsv(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("customer_id,alt_id,spend,visits,age,segment,score,region,churned\n");
        for (var i = 0; i < 150; i++)
        {
            var g = i % 3;
            var spend = (g switch { 0 => 100, 1 => 500, _ => 1500 }) + random.Next(0, 60);
            var visits = (g switch { 0 => 2, 1 => 10, _ => 4 }) + random.Next(0, 3);
            var age = 25 + random.Next(0, 40) + (g * 5);
            var segment = g == 2 ? "gold" : random.Next(2) == 0 ? "basic" : "silver";
            var score = string.Create(CultureInfo.InvariantCulture, $"\"{g + 1},{random.Next(0, 10)}\"");
            var region = 1 + random.Next(0, 4);
            var churned = random.Next(0, 10) < (g == 0 ? 5 : 1) ? "Yes" : "No";
            sb.Append(CultureInfo.InvariantCulture, $"C{i:000},X{(149 - i):000},{spend},{visits},{age},{segment},{score},{region},{churned}\n");
            if (i == 40)
            {
                sb.Append("C999,X999,not-a-number,3,40,basic,\"1,0\",2,No\n");
            }
        }

        return sb.ToString();
    }

    // Every customer: search -> web (-> purchase) with alternative columns; some exact timestamp ties with a sequence column.
    private static string EventsCsv()
    {
        var sb = new StringBuilder("customer_id,cid2,timestamp,ts2,touchpoint,channel2,stage,stage2,event_type,etype2,value,value2,seq,jid\n");
        var start = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 150; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"C{i:000}");
            var other = string.Create(CultureInfo.InvariantCulture, $"C{i / 2:000}");
            var t = start.AddHours(i * 5);
            var buys = i % 3 != 0;
            void Row(DateTimeOffset at, DateTimeOffset at2, string tp, string tp2, string stage, string stage2, string type, string type2, string value, string value2, int seq) =>
                sb.Append(CultureInfo.InvariantCulture, $"{id},{other},{at:yyyy-MM-ddTHH:mm:ssK},{at2:yyyy-MM-ddTHH:mm:ssK},{tp},{tp2},{stage},{stage2},{type},{type2},{value},{value2},{seq},{(seq <= 3 ? "j1" : "j2")}\n");
            Row(t, t.AddDays(3), "social_ads", "email", "need_recognition", "information_search", "click", "click", "", "", 1);
            Row(t.AddHours(1), t.AddDays(4), i % 5 == 0 ? "email" : "search", "search", "information_search", "information_search", "visit", "visit", "", "", 3);
            Row(t.AddHours(1), t.AddDays(50), "web", "app", "purchase_decision", "purchase_decision", "visit", "purchase", "", "30", 2);
            Row(t.AddHours(2), t.AddDays(60), "web", "web", "purchase_decision", "repurchase", i % 4 == 0 ? "visit" : "visit", "visit", "", "", 4);
            if (i == 20)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{id},{other},yesterday,yesterday,web,web,purchase_decision,purchase_decision,visit,visit,,,9,j2\n");
            }

            if (buys)
            {
                Row(t.AddHours(3), t.AddDays(61), "web", "store", "purchase_decision", "purchase_decision", "purchase", "visit", (10 + i).ToString(CultureInfo.InvariantCulture), "5", 5);
            }
        }

        return sb.ToString();
    }

    // Order lines with two customer, date and amount columns, cancellations (invoice C...), returns, categories and channels.
    private static string TransactionsCsv()
    {
        var sb = new StringBuilder("customer,account,date,date2,amount,amount2,quantity,price,invoice,category,channel\n");
        var start = new DateTime(2025, 1, 1, 10, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 90; i++)
        {
            var g = i % 3;
            for (var j = 0; j < 2 + g; j++)
            {
                var quantity = j == 2 ? -1 : 1 + g;
                var price = g switch { 0 => "12.50", 1 => "40.00", _ => "95.00" };
                var amount = (quantity * double.Parse(price, CultureInfo.InvariantCulture)).ToString("0.00", CultureInfo.InvariantCulture);
                var invoice = j == 2 ? $"C{i}{j}" : $"{i}{j}";
                sb.Append(CultureInfo.InvariantCulture, $"K{i:000},A{i % 30:000},{start.AddDays((i * 3) + (j * 20)):yyyy-MM-dd},{start.AddDays(200 - i + j):yyyy-MM-dd},{amount},{(g + 1) * 7},{quantity},{price},{invoice},{(j % 2 == 0 ? "food" : "toys")},{(g == 0 ? "web" : "store")}\n");
            }
        }

        return sb.ToString();
    }
}
