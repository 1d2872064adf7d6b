using System.Globalization;
using Roundtable.Bench;

// Measurements scripts/bench runs beside its page measurements:
//   algorithms [rounds]                       Roundtable's own algorithms, in-process
//   ws-baseline-server --port P               a bare WebSocket server that sends every message
//                                             it receives to everyone connected: the baseline
//                                             a live room's fan-out is compared with
//   fanout --url U --clients N --rate R --seconds S [--server-pid PID]
//                                             N listeners and one sender at R messages a second;
//                                             prints delivery latency and the server's added memory
//   fanout --hub ws://HOST/hubs/room --join http://HOST/rooms/join/TOKEN [--clients …]
//                                             the same through the live room's hub: N guests in
//                                             one room and one contributing
//   open-room --provider sqlite|postgres --connection CONN
//                                             opens a demo session's room in the app's database
//                                             and prints the path of its guests' join link, then
//                                             on the next line the path of its projector link
//   sign-in-link --provider sqlite|postgres --connection CONN --community SLUG
//                                             prints the path of a new sign-in link for a member
//                                             (not a co-lead) of that demo community
//   page-loads --base http://HOST --pages NAME=PATH,… [--chromium PATH] [--verbose true]
//                                             each page in Chromium on a slow phone's network and
//                                             CPU: its LCP, and the bytes sent cold and again
//                                             (a /rooms/join/… path: the guest's live room)
//                                             (--verbose: every request and its bytes, on stderr)
//   themes-quality [--engine default|lexical] [--set tuning,held-out,fresh] [--sentences on|off]
//                                             top-1 precision, top-3 hit rate and adjusted Rand
//                                             index of an engine on the labelled sets
//   themes-speed [--themes 10000 --examples 100000 --group 5000 --asks 500] [--sentences on|off]
//                                             one suggestion among that many themes and examples,
//                                             grouping that many contributions, and memory
return args.FirstOrDefault() switch
{
    null or "algorithms" => RunAlgorithms(args.Skip(1).ToArray()),
    "ws-baseline-server" => await BaselineServer.RunAsync(Options.Parse(args.Skip(1))),
    "fanout" => await Fanout.RunAsync(Options.Parse(args.Skip(1))),
    "open-room" => await OpenRoom.RunAsync(Options.Parse(args.Skip(1))),
    "sign-in-link" => await SignInLink.RunAsync(Options.Parse(args.Skip(1))),
    "page-loads" => await PageLoads.RunAsync(Options.Parse(args.Skip(1))),
    "themes-quality" => await ThemeQuality.RunAsync(Options.Parse(args.Skip(1))),
    "themes-speed" => await ThemeSpeed.RunAsync(Options.Parse(args.Skip(1))),
    var other => Usage($"unknown command: {other}"),
};

static int RunAlgorithms(string[] args)
{
    Algorithms.Run(args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000);
    return 0;
}

static int Usage(string problem)
{
    Console.Error.WriteLine($"Roundtable.Bench: {problem}. Commands: algorithms, ws-baseline-server, fanout, open-room, sign-in-link, page-loads, themes-quality, themes-speed.");
    return 2;
}
