using System.Globalization;
using Personas.Samples;

namespace Personas.Cli.Commands;

/// <summary><c>personas sample</c>: writes the deterministic sample data set.</summary>
internal static class SampleCommand
{
    public const string Usage = "personas sample --customers N [--seed N] [--quarter Q] --out DIR";

    private static readonly string Help = string.Create(CultureInfo.InvariantCulture, $"""
        personas sample: generate the sample data of a fictional Nordic omnichannel retailer
        (customers.csv, touchpoints.csv, customers.truth.csv). Same options = byte-identical files.

          --customers N   number of customers (default {SampleOptions.DefaultCustomers})
          --seed N        random seed (default {SampleOptions.DefaultSeed}; data-samples/ uses the default)
          --quarter Q     0 = base quarter (default); 1 = next quarter (sizes shifted, one persona's traits
                          moved, one persona retired, one new persona)
          --out DIR       output folder

        """);

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags(), Run);

    private static int Run(CliArgs args, CliContext ctx)
    {
        var options = new SampleOptions
        {
            Customers = args.GetInt("customers", 10, 10_000_000) ?? SampleOptions.DefaultCustomers,
            Seed = args.GetInt("seed") ?? SampleOptions.DefaultSeed,
            Quarter = args.GetInt("quarter", 0, 1) ?? 0,
        };
        var outDir = args.Require("out");
        args.EnsureAllUsed();
        using var output = new OutputFolder(outDir);
        var staging = Path.GetDirectoryName(output.PathFor(SampleGenerator.CustomersFile))!;
        output.PathFor(SampleGenerator.TouchpointsFile);
        output.PathFor(SampleGenerator.TruthFile);
        SampleGenerator.WriteTo(staging, options);
        output.Commit();
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {options.Customers} customers (seed {options.Seed}, quarter {options.Quarter}) to {output.Directory}"));
        return CliApp.Ok;
    }
}
