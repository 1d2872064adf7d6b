namespace Roundtable.Core.SignIn;

public sealed class SignInLinkOptions
{
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    // How many times one network address may ask for a link or use one in a window: enough for a
    // room of 60 on one venue's Wi-Fi, each asking and then signing in (120), with room to spare;
    // few enough to stop a script. And how many links one email address is sent in a window, so
    // nobody's inbox can be flooded.
    public int AttemptsPerWindow { get; set; } = 200;

    public int LinksPerEmailPerWindow { get; set; } = 3;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    // How long a sign-in lasts since it was last used: hours on a computer others may use,
    // months for someone who chose to stay signed in on their own phone.
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    public TimeSpan StaySignedInLifetime { get; set; } = TimeSpan.FromDays(90);
}
