#!/usr/bin/env -S dotnet run
// Quarterly refresh: save a model, assign customers, refresh and see what changed
//
// The walk-through of 04-quarterly-refresh.ipynb as a .NET 10 file-based app, for people who prefer an editor to a notebook.
// It writes the same cards and charts into one web page (offline, no code shown):
//   dotnet run notebooks/04-quarterly-refresh.cs                       writes 04-quarterly-refresh.html into the current folder
//   dotnet run notebooks/04-quarterly-refresh.cs -- out/page.html
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
using Personas.Model;
using Personas.Notebooks;
using Personas.Samples;
using Personas.Segmentation;
using Personas;

var output = args.Length > 0 ? args[0] : "04-quarterly-refresh.html";
var page = new NotebookPage("Quarterly refresh: save a model, assign customers, refresh and see what changed");

page.Markdown("""
    # Quarterly refresh: save a model, assign customers, refresh and see what changed

    Personas are rebuilt every quarter. The ones that still exist keep their id and name; new ones get new ids; the
    drift report says what moved. The `parameters` cell can be overridden when the notebook runs headless:
    `personas notebook run 04-quarterly-refresh.ipynb --param quarterLabel="2026 Q3" --out executed.ipynb`.
    """);

// The notebook's parameters.
var customersFile = Here("../data-samples/customers.csv");
var quarterLabel = "2026 Q2";
var nextQuarterSeed = 2025;

page.Markdown("""
    ## Last quarter: build and save the model
    """);

var table = CustomerReader.ReadFile(customersFile);
var build = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { K = 6 } });
var model = PersonaModel.Create(build.Plan, build.Segmentation, build.Personas, DataFingerprint.Compute(table), TimeProvider.System, build.Features);
var modelFile = Path.Combine(Path.GetTempPath(), "personas-notebook-model.persona.json");
model.Save(modelFile);
page.Display(model.Personas.Select(p => new { p.Id, p.Name, Customers = p.Size, Share = $"{p.Share:P0}" }));

page.Markdown("""
    ## An app assigns a customer with the saved model
    """);

var loaded = PersonaModel.Load(modelFile);
page.Display(loaded.Assign(new Dictionary<string, string?> { ["age"] = "27", ["discount_share"] = "0.45", ["preferred_channel"] = "app", ["orders_12m"] = "6" }));

page.Markdown("""
    ## This quarter: refresh

    The next quarter's customers (generated: one persona has left, a new one has arrived, one has shifted online).
    """);

var nextDir = Directory.CreateTempSubdirectory("personas-next-").FullName;
SampleGenerator.WriteTo(nextDir, new SampleOptions { Seed = nextQuarterSeed, Quarter = 1 });
var next = CustomerReader.ReadFile(Path.Combine(nextDir, "customers.csv"));
var refresh = PersonaRefresher.Refresh(loaded, next, new RefreshOptions { Segmentation = new SegmentationOptions { K = 6 } });
page.Display(refresh.Drift);

page.Display(PersonaCharts.MigrationSankey(refresh.Drift, refresh.Personas, "Last quarter", quarterLabel));

page.Save(output);
Console.WriteLine($"wrote {Path.GetFullPath(output)}");

// Paths in the walk-through are relative to this file, wherever it is run from.
// The app's own folder: .NET 10 records it for file-based apps (CallerFilePath is path-mapped in CI builds).
static string Here(string relative) =>
    Path.GetFullPath(Path.Combine((string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Environment.CurrentDirectory, relative));
