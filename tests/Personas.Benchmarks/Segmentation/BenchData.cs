using Personas.Features;

namespace Personas.Benchmarks.Segmentation;

/// <summary>Benchmark data: a raw little-endian float32 file (shared with scikit-learn) or a seeded Gaussian mixture.</summary>
internal static class BenchData
{
    public static FeatureMatrix Load(string path, int rows, int cols)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != (long)rows * cols * 4)
        {
            throw new InvalidDataException($"{path}: expected {(long)rows * cols * 4} bytes for {rows} x {cols} float32, found {bytes.Length}.");
        }

        var values = new float[rows * cols];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return new FeatureMatrix(values, rows, cols, Names(cols));
    }

    /// <summary>Rows around <paramref name="k"/> centres uniform in [-5, 5]^d, unit standard deviation.</summary>
    public static FeatureMatrix Mixture(int rows, int cols, int k, int seed)
    {
        var random = new Random(seed);
        var centres = new double[k * cols];
        for (var t = 0; t < centres.Length; t++)
        {
            centres[t] = (random.NextDouble() * 10) - 5;
        }

        var values = new float[rows * cols];
        for (var i = 0; i < rows; i++)
        {
            var j = random.Next(k);
            for (var f = 0; f < cols; f++)
            {
                var u1 = 1.0 - random.NextDouble();
                var u2 = random.NextDouble();
                values[(i * cols) + f] = (float)(centres[(j * cols) + f] + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)));
            }
        }

        return new FeatureMatrix(values, rows, cols, Names(cols));
    }

    private static string[] Names(int cols) => Enumerable.Range(0, cols).Select(f => "x" + f.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
