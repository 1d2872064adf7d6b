using Roundtable.Core.People;

namespace Roundtable.Core.Tests.People;

public class EmailAddressTests
{
    [Theory]
    [InlineData("name@example.org")]
    [InlineData("first.last+cop@nhs.example.net")]
    [InlineData("o'brien@example.co.uk")]
    [InlineData("  padded@example.org  ")]
    public void Problem_GoodAddress_IsNone(string email) => Assert.Null(EmailAddress.Problem(email));

    [Theory]
    [InlineData(null, "Enter your email address")]
    [InlineData("", "Enter your email address")]
    [InlineData("  ", "Enter your email address")]
    [InlineData("plainaddress", EmailAddress.FormatMessage)]
    [InlineData("@example.org", EmailAddress.FormatMessage)]
    [InlineData("name@", EmailAddress.FormatMessage)]
    [InlineData("name@example", EmailAddress.FormatMessage)]
    [InlineData("name@@example.org", EmailAddress.FormatMessage)]
    [InlineData("na me@example.org", EmailAddress.FormatMessage)]
    [InlineData("name@.example.org", EmailAddress.FormatMessage)]
    [InlineData("name@example..org", EmailAddress.FormatMessage)]
    [InlineData("Name <name@example.org>", EmailAddress.FormatMessage)]
    public void Problem_BadAddress_SaysWhat(string? email, string expected) => Assert.Equal(expected, EmailAddress.Problem(email));

    [Fact]
    public void Problem_TooLong_SaysTheLimit()
    {
        var email = new string('a', 64) + "@" + new string('b', 186) + ".org";

        Assert.Equal("Email address must be 254 characters or fewer", EmailAddress.Problem(email));
    }

    [Fact]
    public void Normalise_TrimsAndLowercases() => Assert.Equal("name@example.org", EmailAddress.Normalise("  Name@Example.ORG "));
}
