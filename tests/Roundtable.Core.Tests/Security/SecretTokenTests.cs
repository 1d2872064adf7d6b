using Roundtable.Core.Security;

namespace Roundtable.Core.Tests.Security;

public class SecretTokenTests
{
    [Fact]
    public void Create_MakesLongUnguessableUrlSafeTokens()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SecretToken.Create("rt_")).ToList();

        Assert.Equal(1000, tokens.Distinct().Count());
        Assert.All(tokens, token =>
        {
            Assert.StartsWith("rt_", token, StringComparison.Ordinal);
            Assert.Equal(3 + 43, token.Length);
            Assert.Matches("^rt_[A-Za-z0-9_-]+$", token);
        });
    }

    [Fact]
    public void Hash_IsStableHexAndNotTheToken()
    {
        var token = SecretToken.Create();

        var hash = SecretToken.Hash(token);

        Assert.Equal(hash, SecretToken.Hash(token));
        Assert.Equal(SecretToken.HashLength, hash.Length);
        Assert.Matches("^[0-9a-f]+$", hash);
        Assert.NotEqual(SecretToken.Hash(token + "x"), hash);
    }
}
