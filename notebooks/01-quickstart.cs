#!/usr/bin/env -S dotnet run
// Quickstart: from customer records to persona cards
//
// The walk-through of 01-quickstart.ipynb as a .NET 10 file-based app, for people who prefer an editor to a notebook.
// It writes the same cards and charts into one web page (offline, no code shown):
//   dotnet run notebooks/01-quickstart.cs                       writes 01-quickstart.html into the current folder
//   dotnet run notebooks/01-quickstart.cs -- out/page.html
// In this repository the library is referenced from source. Outside it, reference the published packages instead of
// the two #:project lines:
//   #:package Personas.Charts@0.1.0
//   #:package Personas.Notebooks@0.1.0
#:project ../src/Personas.Charts/Personas.Charts.csproj
#:project ../src/Personas.Notebooks/Personas.Notebooks.csproj
// ML.NET and Plotly.NET use reflection: run the app as a regular (JIT) program, not a native AOT one.
#:property PublishAot=false

using Personas.Charts;
using Personas.Data;
using Personas.Notebooks;
using Personas;

var output = args.Length > 0 ? args[0] : "01-quickstart.html";
var page = new NotebookPage("Quickstart: from customer records to persona cards");

page.Markdown("""
    # Quickstart: from customer records to persona cards

    This walk-through turns the sample customer file (5,000 customers of a fictional Nordic retailer) into **data-driven
    buyer personas**. Nothing is guessed: the number of personas is chosen from the data, and every trait on a card comes
    with its effect size and evidence. The same data and seed always give the same
    personas.
    """);

page.Markdown("""
    ## 1. Read the customers

    Personas reads the file as it is and says what it made of every column: which is the id, which are numbers,
    categories, yes/no flags or free text (free text and ids are never used to form personas).
    """);

var table = CustomerReader.ReadFile(Here("../data-samples/customers.csv"));
page.Display(table);

page.Markdown("""
    ## 2. Build the personas

    One call chooses the number of personas (the most clearly separated grouping among the stable ones), clusters the
    customers and describes each group.
    """);

var result = PersonaBuilder.Build(table);
page.Display(result.Personas);

page.Markdown("""
    ## 3. Read one card

    A card lists what makes a persona different from everybody else: "more than average" and "less than average" traits,
    each with the persona's value, the others' value and an effect size (g or h: about 0.2 is small, 0.5 medium, 0.8 large).
    """);

page.Display(result.Personas.Personas[0]);

page.Markdown("""
    ## 4. See them

    Persona sizes next to their share of revenue, and a map of all customers (each dot a customer, coloured by persona).
    """);

page.Display(PersonaCharts.SizesAndValueShares(result.Personas));

page.Display(PersonaCharts.PersonaMap(result.Personas, result.Segmentation, result.Features));

page.Markdown("""
    Next: `02-choosing-personas.ipynb` shows how the number of personas was chosen and how to change it.
    """);

page.Save(output);
Console.WriteLine($"wrote {Path.GetFullPath(output)}");

// Paths in the walk-through are relative to this file, wherever it is run from.
// The app's own folder: .NET 10 records it for file-based apps (CallerFilePath is path-mapped in CI builds).
static string Here(string relative) =>
    Path.GetFullPath(Path.Combine((string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Environment.CurrentDirectory, relative));
