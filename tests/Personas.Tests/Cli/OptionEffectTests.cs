using System.CommandLine;
using System.Text;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>
/// Every option the command line accepts acts: for each option, a run with it differs from the same run without it
/// (output files, printed summary, exit code or --verbose log). The table must name every option of every command, so an
/// option added without a case fails <see cref="EveryOptionOfEveryCommand_HasACase"/>.
/// </summary>
public class OptionEffectTests(OptionEffectFixture f) : IClassFixture<OptionEffectFixture>
{
    // Each case: command, option, base arguments, and the arguments that differ (an empty value = a flag; null = remove).
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Table(null!))
        {
            data.Add(c.Command, c.Option);
        }

        return data;
    }

    private static IEnumerable<Case> Table(OptionEffectFixture f)
    {
        var build = new Args { ["--customers"] = f?.Customers, ["--k"] = "3" };
        var buildAuto = new Args { ["--customers"] = f?.Customers, ["--k-max"] = "4" };
        var tx = new Args { ["--transactions"] = f?.Transactions, ["--customer-column"] = "customer", ["--date-column"] = "date", ["--amount-column"] = "amount", ["--k"] = "2" };
        var txQp = new Args { ["--transactions"] = f?.Transactions, ["--customer-column"] = "customer", ["--date-column"] = "date", ["--quantity-column"] = "quantity", ["--price-column"] = "price", ["--k"] = "2" };
        var events = build.With("--events", f?.Events);
        yield return new("build", "--customers", build, new() { ["--customers"] = f?.OtherCustomers });
        yield return new("build", "--transactions", tx, new() { ["--transactions"] = f?.OtherTransactions });
        yield return new("build", "--sql", build, new() { ["--customers"] = null, ["--sql"] = $"SELECT * FROM read_csv('{f?.Customers}', header = true, all_varchar = true)" });
        yield return new("build", "--duckdb", new Args { ["--sql"] = "SELECT * FROM customers", ["--k"] = "3" }, new() { ["--duckdb"] = f?.DuckDbFile });
        yield return new("build", "--sample", build, new() { ["--sample"] = "60" });
        yield return new("build", "--sample-by", build.With("--sample", "60"), new() { ["--sample-by"] = "segment" });
        yield return new("build", "--id", build, new() { ["--id"] = "alt_id" });
        yield return new("build", "--columns", build, new() { ["--columns"] = "spend,visits" });
        yield return new("build", "--exclude", build, new() { ["--exclude"] = "age" });
        yield return new("build", "--delimiter", build, new() { ["--delimiter"] = ";" });
        yield return new("build", "--decimal-comma", build, new() { ["--decimal-comma"] = string.Empty });
        yield return new("build", "--fail-on-bad-rows", build, new() { ["--fail-on-bad-rows"] = string.Empty });
        yield return new("build", "--customer-column", tx, new() { ["--customer-column"] = "account" });
        yield return new("build", "--date-column", tx, new() { ["--date-column"] = "date2" });
        yield return new("build", "--amount-column", tx, new() { ["--amount-column"] = "amount2" });
        yield return new("build", "--quantity-column", txQp, new() { ["--quantity-column"] = "amount2" });
        yield return new("build", "--price-column", txQp, new() { ["--price-column"] = "amount2" });
        yield return new("build", "--invoice-column", tx, new() { ["--invoice-column"] = "invoice" });
        yield return new("build", "--category-column", tx, new() { ["--category-column"] = "category" });
        yield return new("build", "--channel-column", tx, new() { ["--channel-column"] = "channel" });
        yield return new("build", "--drop-returns", txQp, new() { ["--drop-returns"] = string.Empty });
        yield return new("build", "--transactions-engine", tx, new() { ["--transactions-engine"] = "duckdb" });
        yield return new("build", "--k", build, new() { ["--k"] = "5" });
        yield return new("build", "--k-min", buildAuto, new() { ["--k-min"] = "4" });
        yield return new("build", "--k-max", buildAuto, new() { ["--k-max"] = "2" });
        yield return new("build", "--scaling", build, new() { ["--scaling"] = "robust" });
        yield return new("build", "--engine", build, new() { ["--engine"] = "mlnet" });
        yield return new("build", "--seed", build, new() { ["--seed"] = "7" });
        yield return new("build", "--threads", build.With("--verbose", string.Empty), new() { ["--threads"] = "1" });
        yield return new("build", "--restart-sample", build.With("--verbose", string.Empty), new() { ["--restart-sample"] = "0" });
        yield return new("build", "--overrides", build, new() { ["--overrides"] = f?.Overrides });
        yield return new("build", "--vocabulary", build, new() { ["--vocabulary"] = f?.Vocabulary });
        yield return new("build", "--events", build, new() { ["--events"] = f?.Events });
        foreach (var c in EventCases("build", "--events-", events))
        {
            yield return c;
        }

        foreach (var c in ColumnCases("build", build))
        {
            yield return c;
        }

        yield return new("build", "--out", build, new() { ["--out"] = "elsewhere" });
        yield return new("build", "--verbose", build, new() { ["--verbose"] = string.Empty });

        var assign = new Args { ["--model"] = f?.Model, ["--customers"] = f?.Customers };
        yield return new("assign", "--model", assign, new() { ["--model"] = f?.OtherModel });
        yield return new("assign", "--customers", assign, new() { ["--customers"] = f?.OtherCustomers });
        yield return new("assign", "--id", assign, new() { ["--id"] = "alt_id" });
        yield return new("assign", "--delimiter", assign, new() { ["--delimiter"] = ";" });
        yield return new("assign", "--decimal-comma", assign, new() { ["--decimal-comma"] = string.Empty });
        yield return new("assign", "--fail-on-bad-rows", assign, new() { ["--fail-on-bad-rows"] = string.Empty });
        yield return new("assign", "--min-feature-share", assign.With("--customers", f?.FewCustomers), new() { ["--min-feature-share"] = "0.9" });
        yield return new("assign", "--out", assign, new() { ["--out"] = "elsewhere.csv" });
        yield return new("assign", "--verbose", assign, new() { ["--verbose"] = string.Empty });

        var refresh = new Args { ["--previous"] = f?.Model, ["--customers"] = f?.OtherCustomers, ["--k"] = "3" };
        var refreshAuto = new Args { ["--previous"] = f?.Model, ["--customers"] = f?.OtherCustomers, ["--k-max"] = "4" };
        var refreshEvents = refresh.With("--events", f?.Events);
        yield return new("refresh", "--previous", refresh, new() { ["--previous"] = f?.OtherModel });
        yield return new("refresh", "--customers", refresh, new() { ["--customers"] = f?.Customers });
        yield return new("refresh", "--previous-assignments", refresh.With("--previous", f?.BareModel), new() { ["--previous-assignments"] = f?.PreviousAssignments });
        yield return new("refresh", "--previous-period", refresh, new() { ["--previous-period"] = "2025 Q1" });
        yield return new("refresh", "--period", refresh, new() { ["--period"] = "2025 Q2" });
        yield return new("refresh", "--refit-plan", refresh, new() { ["--refit-plan"] = string.Empty });
        yield return new("refresh", "--scaling", refresh.With("--refit-plan", string.Empty), new() { ["--scaling"] = "robust" });
        yield return new("refresh", "--id", refresh, new() { ["--id"] = "alt_id" });
        yield return new("refresh", "--delimiter", refresh, new() { ["--delimiter"] = ";" });
        yield return new("refresh", "--decimal-comma", refresh, new() { ["--decimal-comma"] = string.Empty });
        yield return new("refresh", "--fail-on-bad-rows", refresh, new() { ["--fail-on-bad-rows"] = string.Empty });
        yield return new("refresh", "--k", refresh, new() { ["--k"] = "5" });
        yield return new("refresh", "--k-min", refreshAuto, new() { ["--k-min"] = "4" });
        yield return new("refresh", "--k-max", refreshAuto, new() { ["--k-max"] = "2" });
        yield return new("refresh", "--engine", refresh, new() { ["--engine"] = "mlnet" });
        yield return new("refresh", "--seed", refresh, new() { ["--seed"] = "7" });
        yield return new("refresh", "--threads", refresh.With("--verbose", string.Empty), new() { ["--threads"] = "1" });
        yield return new("refresh", "--restart-sample", refresh.With("--verbose", string.Empty), new() { ["--restart-sample"] = "0" });
        yield return new("refresh", "--overrides", refresh, new() { ["--overrides"] = f?.Overrides });
        yield return new("refresh", "--vocabulary", refresh, new() { ["--vocabulary"] = f?.Vocabulary });
        yield return new("refresh", "--events", refresh, new() { ["--events"] = f?.Events });
        foreach (var c in EventCases("refresh", "--events-", refreshEvents))
        {
            yield return c;
        }

        foreach (var c in ColumnCases("refresh", refresh.With("--refit-plan", string.Empty)))
        {
            yield return c;
        }

        yield return new("refresh", "--min-feature-share", refresh.With("--customers", f?.FewCustomers).With("--k", "2"), new() { ["--min-feature-share"] = "0.9" });
        yield return new("refresh", "--out", refresh, new() { ["--out"] = "elsewhere" });
        yield return new("refresh", "--verbose", refresh, new() { ["--verbose"] = string.Empty });

        var journeys = new Args { ["--events"] = f?.Events };
        yield return new("journeys", "--events", journeys, new() { ["--events"] = f?.Transactions });
        foreach (var c in EventCases("journeys", "--", journeys))
        {
            yield return c;
        }

        yield return new("journeys", "--assignments", journeys, new() { ["--assignments"] = f?.PreviousAssignments });
        yield return new("journeys", "--delimiter", journeys, new() { ["--delimiter"] = ";" });
        yield return new("journeys", "--fail-on-bad-rows", journeys, new() { ["--fail-on-bad-rows"] = string.Empty });
        yield return new("journeys", "--out", journeys, new() { ["--out"] = "elsewhere" });
        yield return new("journeys", "--verbose", journeys, new() { ["--verbose"] = string.Empty });

        var attribution = new Args { ["--paths"] = f?.Paths2 };
        yield return new("attribution", "--paths", attribution, new() { ["--paths"] = f?.OtherPaths });
        yield return new("attribution", "--order", attribution, new() { ["--order"] = "2" });
        yield return new("attribution", "--bootstrap", attribution, new() { ["--bootstrap"] = "20" });
        yield return new("attribution", "--seed", attribution.With("--bootstrap", "20"), new() { ["--seed"] = "7" });
        yield return new("attribution", "--delimiter", attribution, new() { ["--delimiter"] = ";" });
        yield return new("attribution", "--fail-on-bad-rows", attribution, new() { ["--fail-on-bad-rows"] = string.Empty });
        yield return new("attribution", "--out", attribution, new() { ["--out"] = "elsewhere.json" });
        yield return new("attribution", "--verbose", attribution, new() { ["--verbose"] = string.Empty });

        var notebook = new Args { ["NOTEBOOK"] = f?.Notebook };
        yield return new("notebook run", "--param", notebook, new() { ["--param"] = "who=you" });
        yield return new("notebook run", "--packages", notebook.With("NOTEBOOK", f?.PackageNotebook), new() { ["--packages"] = f?.Packages });
        yield return new("notebook run", "--timeout", notebook, new() { ["--timeout"] = "1" });
        yield return new("notebook run", "--out", notebook, new() { ["--out"] = "elsewhere.ipynb" });
        yield return new("notebook run", "--html", notebook, new() { ["--html"] = "page.html" });
        yield return new("notebook run", "--verbose", notebook, new() { ["--verbose"] = string.Empty });
        yield return new("notebook run", "--no-code", notebook.With("--html", "page.html"), new() { ["--no-code"] = string.Empty });

        // Kernelspecs go under a prefix inside the run's folder ({run}), never into the user's Jupyter folders.
        var kernel = new Args { ["--prefix"] = "{run}/prefix" };
        foreach (var command in new[] { "kernel install", "kernel uninstall" })
        {
            yield return new(command, "--prefix", kernel, new() { ["--prefix"] = "{run}/other" });
            yield return new(command, "--name", kernel, new() { ["--name"] = "personas-test" });
            yield return new(command, "--user", kernel, new() { ["--user"] = string.Empty });
            yield return new(command, "--sys-prefix", kernel, new() { ["--sys-prefix"] = string.Empty });
            yield return new(command, "--verbose", kernel, new() { ["--verbose"] = string.Empty });
        }

        yield return new("kernel list", "--verbose", new Args(), new() { ["--verbose"] = string.Empty });

        var sql = new Args { ["--model"] = f?.Model, ["--dialect"] = "duckdb", ["--table"] = "customers" };
        yield return new("sql", "--model", sql, new() { ["--model"] = f?.OtherModel });
        yield return new("sql", "--dialect", sql, new() { ["--dialect"] = "postgres" });
        yield return new("sql", "--table", sql, new() { ["--table"] = "crm.customers" });
        yield return new("sql", "--id", sql, new() { ["--id"] = "alt_id" });
        yield return new("sql", "--out", sql, new() { ["--out"] = "elsewhere.sql" });
        yield return new("sql", "--verbose", sql, new() { ["--verbose"] = string.Empty });

        var sample = new Args { ["--customers"] = "150" };
        yield return new("sample", "--customers", sample, new() { ["--customers"] = "160" });
        yield return new("sample", "--seed", sample, new() { ["--seed"] = "7" });
        yield return new("sample", "--quarter", sample, new() { ["--quarter"] = "1" });
        yield return new("sample", "--out", sample, new() { ["--out"] = "elsewhere" });
        yield return new("sample", "--verbose", sample, new() { ["--verbose"] = string.Empty });
    }

    // How columns are used (docs/columns.md), for build and refresh: the fixture's churned is a detected outcome, region an integer code.
    private static IEnumerable<Case> ColumnCases(string command, Args b)
    {
        yield return new(command, "--outcome", b, new() { ["--outcome"] = "age" });
        yield return new(command, "--feature", b, new() { ["--feature"] = "churned" });
        yield return new(command, "--describe-only", b, new() { ["--describe-only"] = "age" });
        yield return new(command, "--weight", b, new() { ["--weight"] = "spend=3" });
        yield return new(command, "--categorical", b, new() { ["--categorical"] = "visits" });
        yield return new(command, "--numeric", b, new() { ["--numeric"] = "region" });
        yield return new(command, "--value-column", b, new() { ["--value-column"] = "visits" });
        yield return new(command, "--value-columns", b, new() { ["--value-columns"] = "spend,visits" });
        yield return new(command, "--min-persona-size", b, new() { ["--min-persona-size"] = "60" });
        yield return new(command, "--max-traits", b, new() { ["--max-traits"] = "1" });
        yield return new(command, "--labels", b, new() { ["--labels"] = Path.Combine(Paths.DataSamples, "dictionary.csv") }); // age in years
        yield return new(command, "--language", b, new() { ["--language"] = "fi" });
    }

    // The event column and journey options, for build/refresh (prefix --events-) and journeys (prefix --).
    private static IEnumerable<Case> EventCases(string command, string prefix, Args b)
    {
        yield return new(command, prefix + "customer-column", b, new() { [prefix + "customer-column"] = "cid2" });
        yield return new(command, prefix + "touchpoint-column", b, new() { [prefix + "touchpoint-column"] = "channel2" });
        yield return new(command, prefix + "timestamp-column", b, new() { [prefix + "timestamp-column"] = "ts2" });
        yield return new(command, prefix + "stage-column", b, new() { [prefix + "stage-column"] = "stage2" });
        yield return new(command, prefix + "event-type-column", b, new() { [prefix + "event-type-column"] = "etype2" });
        yield return new(command, prefix + "value-column", b, new() { [prefix + "value-column"] = "value2" });
        yield return new(command, prefix + "sequence-column", b, new() { [prefix + "sequence-column"] = "seq" });
        yield return new(command, prefix + "journey-column", b, new() { [prefix + "journey-column"] = "jid" });
        yield return new(command, "--post-purchase-touchpoints", b, new() { ["--post-purchase-touchpoints"] = "web" });
        if (command != "journeys")
        {
            yield return new(command, "--min-count", b, new() { ["--min-count"] = "1" });
        }
        yield return new(command, "--split", b, new() { ["--split"] = "conversion" });
        yield return new(command, "--gap-days", b.With("--split", "gap"), new() { ["--gap-days"] = "1" });
        yield return new(command, "--lookback-days", b, new() { ["--lookback-days"] = "1" });
        yield return new(command, "--collapse-repeats", b, new() { ["--collapse-repeats"] = "false" });
        yield return new(command, "--max-variants", b, new() { ["--max-variants"] = "1" });
        yield return new(command, "--markov-order", b, new() { ["--markov-order"] = "2" });
        yield return new(command, "--stages", b, new() { ["--stages"] = null });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Option_ChangesTheOutcome(string command, string option)
    {
        var c = Table(f).Single(x => x.Command == command && x.Option == option);
        var variant = new Args(c.Base);
        foreach (var (k, v) in c.Change)
        {
            variant[k] = k == "--stages" && v is null ? f.Stages : v;
        }

        var without = Outcome(command, c.Base);
        var with = Outcome(command, variant);
        Assert.True(without != with, $"personas {command}: {option} did not change the outcome\n{with}");
    }

    [Fact]
    public void EveryOptionOfEveryCommand_HasACase()
    {
        var cases = Table(f).Select(c => c.Command + " " + c.Option).ToHashSet();

        // The kernel runs until Jupyter stops it: its connection file is exercised by the kernel protocol tests
        // (tests/Personas.Kernel.Tests), which start it from one.
        cases.Add("kernel run --connection-file");

        // This fixture's personas wait alike on every step; JourneysCommandTests.Journeys_MinCount_DecidesWhichWaitsAreCompared
        // shows journeys --min-count deciding which waits are compared, on a log made for it.
        cases.Add("journeys --min-count");
        var missing = new List<string>();
        foreach (var (name, command) in HelpTests.Commands(HelpTests.Tree()).Where(c => c.Name != "completion"))
        {
            missing.AddRange(command.Options.Select(o => o.Name).Where(o => o is not ("--help" or "--version")).Select(o => name + " " + o).Where(o => !cases.Contains(o)));
        }

        Assert.True(missing.Count == 0, "options without a case: " + string.Join(", ", missing));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Outcomes = new(StringComparer.Ordinal);

    // What a user can observe: exit code, printed lines (without progress), and every output file's content (runs are
    // deterministic, so each set of arguments runs once).
    private static string Outcome(string command, Args args) =>
        Outcomes.GetOrAdd(command + "\0" + string.Join("\0", args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)), _ => RunOutcome(command, args));

    private static string RunOutcome(string command, Args args)
    {
        var run = Paths.NewTempDir();
        var list = new List<string>(command.Split(' '));
        var outName = args.TryGetValue("--out", out var o) && o is not null ? o : command switch
        {
            "assign" => "assignments.csv",
            "attribution" => "attribution.json",
            "notebook run" => "executed.ipynb",
            _ => "out",
        };
        foreach (var (k, v) in args)
        {
            if (k == "--out" || v is null)
            {
                continue;
            }

            if (k == "NOTEBOOK")
            {
                list.Add(v);
                continue;
            }

            if (k == "--html")
            {
                list.AddRange([k, Path.Combine(run, "o", v)]);
                continue;
            }

            list.Add(k);
            if (v.Length > 0)
            {
                list.Add(v);
            }
        }

        if (!command.StartsWith("kernel", StringComparison.Ordinal))
        {
            list.AddRange(["--out", Path.Combine(run, "o", outName)]);
        }

        for (var i = 0; i < list.Count; i++)
        {
            list[i] = list[i].Replace("{run}", Path.Combine(run, "o"), StringComparison.Ordinal);
        }

        var (code, stdout, stderr) = BuildCommandTests.Run([.. list]);
        var sb = new StringBuilder().Append("exit ").Append(code).Append('\n');
        sb.Append(stdout.Replace(run, "RUN", StringComparison.Ordinal));
        sb.Append(string.Join('\n', stderr.Split('\n').Where(l => !l.StartsWith("progress:", StringComparison.Ordinal))).Replace(run, "RUN", StringComparison.Ordinal));
        var outRoot = Path.Combine(run, "o");
        if (Directory.Exists(outRoot))
        {
            foreach (var file in Directory.EnumerateFiles(outRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sb.Append("\n== ").Append(Path.GetRelativePath(outRoot, file)).Append('\n').Append(File.ReadAllText(file).Replace(run, "RUN", StringComparison.Ordinal));
            }
        }

        return sb.ToString();
    }

    private sealed record Case(string Command, string Option, Args Base, Args Change);

    private sealed class Args : Dictionary<string, string?>
    {
        public Args()
            : base(StringComparer.Ordinal)
        {
        }

        public Args(Args other)
            : base(other, StringComparer.Ordinal)
        {
        }

        public Args With(string key, string? value) => new(this) { [key] = value };
    }
}
