#!/usr/bin/env -S dotnet run
// Journeys: each persona's paths, funnel, bottleneck and attribution
//
// The walk-through of 03-journeys.ipynb as a .NET 10 file-based app, for people who prefer an editor to a notebook.
// It writes the same cards and charts into one web page (offline, no code shown):
//   dotnet run notebooks/03-journeys.cs                       writes 03-journeys.html into the current folder
//   dotnet run notebooks/03-journeys.cs -- out/page.html
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
using Personas.Journeys;
using Personas.Notebooks;
using Personas.Segmentation;
using Personas;

var output = args.Length > 0 ? args[0] : "03-journeys.html";
var page = new NotebookPage("Journeys: each persona's paths, funnel, bottleneck and attribution");

page.Markdown("""
    # Journeys: each persona's paths, funnel, bottleneck and attribution

    A journey runs from a customer's first touch to a purchase, plus the delivery and support contacts that follow it; a
    new journey starts with the next touch after a purchase, or after 30 days without one. This walk-through finds the main
    routes per persona, where each persona drops off or waits, and which touchpoints matter for conversions.
    """);

var table = CustomerReader.ReadFile(Here("../data-samples/customers.csv"));
var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { K = 6 } });
var personaOf = table.Ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => result.PersonaIdOf(x.i));

page.Markdown("""
    ## Touchpoint events

    One row per touchpoint: customer, time, touchpoint, and (here) the journey stage and purchases.
    """);

var log = EventLogReader.ReadFile(Here("../data-samples/touchpoints.csv"));
var journeys = JourneyAnalyzer.Analyze(log, new JourneyOptions(), personaOf);
page.Display(journeys);

page.Markdown("""
    Every output says how it counted: journeys, the stage funnel (customers by the furthest stage they reach) and
    attribution (post-purchase touches get no credit).
    """);

page.Display(new[] { journeys.Counting, journeys.StageFunnelRule, journeys.AttributionRule });

page.Markdown("""
    ## What each persona does differently

    Plain-language findings per persona, each backed by the numbers in `journeys`.
    """);

page.Display(result.Personas.Personas.Select(p => journeys.PersonaComparison.TryGetValue(p.Id, out var c)
    ? new { Persona = p.Name, Journeys = c.Journeys, Buy = c.BuyingShare is { } b ? $"{b:P0}" : "-", WhatStandsOut = string.Join(" ", c.CardSentences(p.Name)) }
    : new { Persona = p.Name, Journeys = 0L, Buy = "-", WhatStandsOut = "no journeys" }));

page.Markdown("""
    ## Journey map, funnel and attribution

    The journey map follows each journey step by step to its outcome (bought or not); the selector switches between
    all customers and each persona.
    """);

page.Display(PersonaCharts.JourneyMap(journeys, result.Personas));

page.Display(PersonaCharts.StageFunnel(journeys, result.Personas));

page.Display(PersonaCharts.Attribution(journeys, null, result.Personas));

page.Save(output);
Console.WriteLine($"wrote {Path.GetFullPath(output)}");

// Paths in the walk-through are relative to this file, wherever it is run from.
// The app's own folder: .NET 10 records it for file-based apps (CallerFilePath is path-mapped in CI builds).
static string Here(string relative) =>
    Path.GetFullPath(Path.Combine((string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Environment.CurrentDirectory, relative));
