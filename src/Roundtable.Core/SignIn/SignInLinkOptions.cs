namespace Roundtable.Core.SignIn;

public sealed class SignInLinkOptions
{
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    // How many sign-in requests one address may make in a window, and how many one email
    // address may be sent, so nobody's inbox can be flooded.
    public int AttemptsPerWindow { get; set; } = 10;

    public int LinksPerEmailPerWindow { get; set; } = 3;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
