// Runs first, synchronously: lets the NHS.UK styles know scripts can run.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
