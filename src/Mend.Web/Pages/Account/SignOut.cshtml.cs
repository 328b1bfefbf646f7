using Mend.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mend.Web.Pages.Account;

/// <summary>Signs out (a form post, so another site cannot sign you out with a link).</summary>
public sealed class SignOutModel(SignInManager<MendUser> signIn) : PageModel
{
    /// <summary>A button to confirm.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out and goes to the start page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
