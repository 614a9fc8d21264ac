namespace Personas.Cli;

/// <summary>Help texts.</summary>
internal static class HelpText
{
    public const string Overview = """
        personas: data-driven buyer personas and customer journeys

        Commands:
          build        build personas from customer records (or transactions), with cards and a report
          assign       assign customers to the personas of a saved model
          refresh      rebuild personas for a new quarter, keeping ids and names, and report drift
          journeys     paths, directly-follows graph, stage funnel and attribution from touchpoint events
          attribution  attribution from aggregated paths (ChannelAttribution format)
          notebook run execute a .ipynb notebook headless
          sample       generate the sample data set

        Exit codes: 0 success; 1 bad input data (the message names file, line and column); 2 usage error.
        'personas COMMAND --help' shows a command's options.

        """;
}
