namespace Roundtable.Core.Mail;

// A page's full address, for an email: built from the address people use to reach Roundtable,
// never from a request's Host header, which anyone can set.
public interface ILinks
{
    Uri To(string pathAndQuery);
}
