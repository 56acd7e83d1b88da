using Notify.Core.Csv;

namespace Notify.Core.Tests.Csv;

public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=12", "'=12")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-", "'-")]
    [InlineData("-1e5", "'-1e5")]
    [InlineData("+86 138 0000 0000", "'+86 138 0000 0000")]
    [InlineData("@A1", "'@A1")]
    [InlineData("'=x", "''=x")]
    [InlineData("-12", "-12")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("+8613800000000", "+8613800000000")]
    [InlineData("王芳", "王芳")]
    [InlineData("'text", "'text")]
    [InlineData("", "")]
    public void Neutralise_Cell_PrefixesOnlyWhatASpreadsheetWouldRun(string cell, string written)
    {
        Assert.Equal(written, CsvFormulaGuard.Neutralise(cell));
        Assert.Equal(cell, CsvFormulaGuard.Restore(written));
    }
}
