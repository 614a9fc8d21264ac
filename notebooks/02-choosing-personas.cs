#!/usr/bin/env -S dotnet run
// Choosing personas: features, scaling and the number of personas
//
// The walk-through of 02-choosing-personas.ipynb as a .NET 10 file-based app, for people who prefer an editor to a notebook.
// It writes the same cards and charts into one web page (offline, no code shown):
//   dotnet run notebooks/02-choosing-personas.cs                       writes 02-choosing-personas.html into the current folder
//   dotnet run notebooks/02-choosing-personas.cs -- out/page.html
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
using Personas.Features;
using Personas.Notebooks;
using Personas.Profiling;
using Personas.Segmentation;
using Personas;

var output = args.Length > 0 ? args[0] : "02-choosing-personas.html";
var page = new NotebookPage("Choosing personas: features, scaling and the number of personas");

page.Markdown("""
    # Choosing personas: features, scaling and the number of personas

    How many personas does the data support? Personas tries every number from 2 to 10 and scores each: how clearly the
    groups are separated (*silhouette*), whether the same groups come back when the data is resampled (*stability*), and
    how small the smallest group is. Among the stable choices it takes the clearest one, and it says so when the
    structure is weak.
    """);

var table = CustomerReader.ReadFile(Here("../data-samples/customers.csv"));

page.Markdown("""
    ## Features

    Numbers are put on a common scale, skewed money and count columns are log-transformed, missing values are filled
    with the median (and flagged), and each category column counts as much as one numeric column. Every decision is listed.
    """);

var plan = FeaturePlan.Learn(table);
page.Display(plan);

page.Markdown("""
    ## Choosing k

    The table shows every candidate; the chart puts silhouette, stability and the smallest persona's share side by side.
    """);

var features = plan.Transform(table);
var segmentation = Segmenter.Fit(features, new SegmentationOptions { KMin = 2, KMax = 8 });
page.Display(segmentation.KSelection);

page.Display(PersonaCharts.ChoosingK(segmentation.KSelection));

page.Markdown("""
    ## Reading the quality warnings

    A silhouette below 0.25 means the customers do not fall into sharply separated groups: read the personas as
    tendencies. Stability below 0.75 means the grouping changes when the data changes a little.
    """);

page.Display(segmentation.Quality);

page.Markdown("""
    ## Another scaling, a fixed k

    Robust scaling (median and interquartile range) is less sensitive to a few extreme customers.
    """);

var robust = PersonaBuilder.Build(table, new PersonaBuildOptions
{
    Features = new FeatureOptions { Scaling = ScalingMethod.Robust },
    Segmentation = new SegmentationOptions { K = 6 },
});
page.Display(robust.Personas);

page.Markdown("""
    ## Renaming a persona

    Generated names are a starting point. A rename is kept by persona id, so it survives the quarterly refresh.
    """);

var personas = Profiler.Profile(table, segmentation.Labels, segmentation.K).Rename("P1", "Bargain-savvy digital natives");
page.Display(personas.Personas[0]);

page.Save(output);
Console.WriteLine($"wrote {Path.GetFullPath(output)}");

// Paths in the walk-through are relative to this file, wherever it is run from.
// The app's own folder: .NET 10 records it for file-based apps (CallerFilePath is path-mapped in CI builds).
static string Here(string relative) =>
    Path.GetFullPath(Path.Combine((string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Environment.CurrentDirectory, relative));
