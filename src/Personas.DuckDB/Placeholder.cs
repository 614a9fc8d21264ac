namespace Personas.DuckDB; internal static class Placeholder { }
