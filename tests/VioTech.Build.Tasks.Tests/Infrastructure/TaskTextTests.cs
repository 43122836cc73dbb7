using System.Globalization;
using System.Threading;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Tests.Infrastructure;

public sealed class TaskTextTests
{
    [Theory]
    [InlineData("a|b")]
    [InlineData("100%|%7C|%25")]
    [InlineData("plain")]
    public void Reference_RoundTripsSeparatorsInArguments(string argument)
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        Thread.CurrentThread.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var resolved = TaskText.Resolve(TaskText.Reference("VIO4101_UnknownProperty", argument));

            Assert.Equal("'" + argument + "' is not a manifest property", resolved);
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Reference_ResolvesInSpanish()
    {
        var previous = Thread.CurrentThread.CurrentUICulture;
        Thread.CurrentThread.CurrentUICulture = new CultureInfo("es-CO");
        try
        {
            Assert.Equal("no está definida", TaskText.Resolve(TaskText.Reference("VIO4105_Missing")));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = previous;
        }
    }
}
