/** Entry of the custom functions: loaded by taskpane.html in the shared runtime. */
import "./outside-office";
import "./training";
import "./maturity";
import "./catalog";
import "./facts";
