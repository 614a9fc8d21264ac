using System.CommandLine;
using System.Globalization;
using Personas.Cli.Options;
using Personas.Reporting;
using Personas.Samples;

namespace Personas.Cli.Commands;

/// <summary><c>personas sample</c>: writes the deterministic sample data set.</summary>
internal sealed class SampleCommand
{
    private readonly Option<int> _customers = CliOptions.Int("--customers", $"the number of customers ({SampleOptions.MinCustomers} to {SampleOptions.MaxCustomers})", "N", SampleOptions.DefaultCustomers).Bind("SampleOptions.Customers");
    private readonly Option<int> _seed = CliOptions.Int("--seed", "the random seed (data-samples/ uses the default)", "N", SampleOptions.DefaultSeed).Bind("SampleOptions.Seed");
    private readonly Option<int> _quarter = CliOptions.Int("--quarter", "0 = the base quarter; 1 = the next quarter (sizes shifted, one persona's traits moved, one persona retired, one new persona)", "Q", 0).Bind("SampleOptions.Quarter");
    private readonly Option<string> _out = CliOptions.Required("--out", "the output folder (customers.csv, touchpoints.csv, customers.truth.csv); replaced as a whole", "DIR");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("sample", "Generate the sample data of a fictional Nordic omnichannel retailer (customers.csv, touchpoints.csv, customers.truth.csv). Same options = byte-identical files.");
        foreach (var o in new Option[] { _customers, _seed, _quarter, _out })
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        var options = new SampleOptions { Customers = r.GetValue(_customers), Seed = r.GetValue(_seed), Quarter = r.GetValue(_quarter) };
        options.Validate();
        using var output = OutputFolder.Open(r.GetValue(_out)!, "sample");
        output.PathFor(SampleGenerator.CustomersFile);
        output.PathFor(SampleGenerator.TouchpointsFile);
        output.PathFor(SampleGenerator.TruthFile);
        SampleGenerator.WriteTo(output.StagingPath, options);
        ctx.CancellationToken.ThrowIfCancellationRequested();
        output.Commit();
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {options.Customers} customers (seed {options.Seed}, quarter {options.Quarter}) to {output.FullPath}"));
        return ExitCodes.Ok;
    }
}
