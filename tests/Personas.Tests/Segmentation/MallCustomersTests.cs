using Personas.Segmentation;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Segmentation;

/// <summary>
/// Known answers from scikit-learn on Mall Customers (Annual Income, Spending Score, unscaled): KMeans(n_clusters=5)
/// reaches inertia 44448.455 and silhouette 0.5539 with clusters of 81/39/35/23/22 customers (the figures published
/// with the dataset's many tutorials, and reproduced with scikit-learn 1.2 here).
/// </summary>
public class MallCustomersTests
{
    [SharedDataFact("mall-customers/Mall_Customers.csv")]
    public void Fit_K5_MatchesScikitLearnKnownAnswer()
    {
        var x = SegmentationTestData.MallIncomeSpending();
        var result = Segmenter.Fit(x, new SegmentationOptions { K = 5 });

        Assert.Equal(200, x.Rows);
        Assert.Equal(44448.455, result.Quality.Inertia, 44448.455 * 0.001);
        Assert.Equal(0.5539, result.Quality.Silhouette, 0.002);
        Assert.Equal([81, 39, 35, 23, 22], result.Sizes);
        Assert.Null(result.Quality.SilhouetteSampleSize);
    }

    [SharedDataFact("mall-customers/Mall_Customers.csv")]
    public void Fit_AutoK_ChoosesFive()
    {
        var x = SegmentationTestData.MallIncomeSpending();
        var result = Segmenter.Fit(x);

        Assert.True(result.KSelection.Auto);
        Assert.Equal(5, result.K);
        Assert.Equal(Enumerable.Range(2, 9), result.KSelection.Scores.Select(s => s.K));
        Assert.Contains("highest silhouette", result.KSelection.Reason, StringComparison.Ordinal);
    }
}
