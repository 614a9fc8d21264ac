#!/usr/bin/env -S dotnet run
// Real data: the Customer Personality Analysis data set
//
// The walk-through of 05-real-data.ipynb as a .NET 10 file-based app, for people who prefer an editor to a notebook.
// It writes the same cards and charts into one web page (offline, no code shown):
//   dotnet run notebooks/05-real-data.cs                       writes 05-real-data.html into the current folder
//   dotnet run notebooks/05-real-data.cs -- out/page.html [DATA_FILE]
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

var output = args.Length > 0 ? args[0] : "05-real-data.html";
var page = new NotebookPage("Real data: the Customer Personality Analysis data set");

page.Markdown("""
    # Real data: the Customer Personality Analysis data set

    2,240 customers of a food and wine retailer with demographics, spending per category and purchases per channel
    (Kaggle "Customer Personality Analysis"). Its licence could not be confirmed, so the file is not copied into this
    repository: set `dataFile` in the `parameters` cell (or pass `--param dataFile=...` to `personas notebook run`).
    """);

// The notebook's parameters.
var dataFile = args.Length > 1 ? args[1] : Here("../../shared/datasets/customer-personality-analysis/marketing_campaign.csv");

page.Markdown("""
    ## Read: tab-separated, dates as day-month-year

    Personas detects the tab delimiter and the date format, and reports what it did with every column (the two constant
    `Z_` columns are ignored, the 24 missing incomes are imputed and flagged).
    """);

var table = CustomerReader.ReadFile(dataFile);
page.Display(table);

var result = PersonaBuilder.Build(table);
page.Display(result.Personas);

page.Markdown("""
    ## The highest-income persona

    Every published analysis of this data finds that the highest earners buy more wine and meat and have fewer children
    at home. Does the data-driven persona agree?
    """);

var rich = result.Personas.Personas.OrderByDescending(p => p.Centroid["Income"].Mean ?? 0).First();
page.Display(rich);

page.Display(PersonaCharts.TraitHeatmap(result.Personas));

page.Save(output);
Console.WriteLine($"wrote {Path.GetFullPath(output)}");

// Paths in the walk-through are relative to this file, wherever it is run from.
// The app's own folder: .NET 10 records it for file-based apps (CallerFilePath is path-mapped in CI builds).
static string Here(string relative) =>
    Path.GetFullPath(Path.Combine((string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Environment.CurrentDirectory, relative));
