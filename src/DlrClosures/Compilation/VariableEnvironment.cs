using System.Runtime.CompilerServices;
using DlrClosures.Scoping;
using Linq = System.Linq.Expressions;

namespace DlrClosures.Compilation;

/// <summary>
/// The storage the lowered code uses for the names of one scope: a plain local is an
/// <c>object</c> variable, a cell (a local some inner scope captures) is a <c>StrongBox&lt;object&gt;</c>
/// variable created on entry, and a free variable is a <c>StrongBox&lt;object&gt;</c> variable that
/// holds the enclosing scope's cell. A comprehension is lowered inline into its enclosing
/// function, and so is a class body; their environments take their free variables' boxes from
/// <see cref="Enclosing"/> instead of from a closure.
/// </summary>
internal sealed class VariableEnvironment
{
    private readonly Dictionary<string, Linq.ParameterExpression> _locals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Linq.ParameterExpression> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Linq.ParameterExpression> _frees = new(StringComparer.Ordinal);
    private readonly HashSet<string> _alwaysBound = new(StringComparer.Ordinal);

    public VariableEnvironment(Scope scope, VariableEnvironment? enclosing, Linq.ParameterExpression? classNamespace = null)
    {
        Scope = scope;
        Enclosing = enclosing;
        ClassNamespace = classNamespace;
    }

    /// <summary>For a class body: the namespace dict its names live in while it runs.</summary>
    public Linq.ParameterExpression? ClassNamespace { get; }

    /// <summary>True for a class body, whose own names are entries of <see cref="ClassNamespace"/>.</summary>
    public bool IsClass => Scope.Kind == ScopeKind.Class;

    public Scope Scope { get; }

    /// <summary>For an inlined comprehension or class body: the environment its free variables come from.</summary>
    public VariableEnvironment? Enclosing { get; }

    /// <summary>True when names of this scope live in the module's global cells.</summary>
    public bool IsModule => Scope.Kind == ScopeKind.Module;

    /// <summary>Every variable this environment declares, for the enclosing block.</summary>
    public List<Linq.ParameterExpression> Variables { get; } = [];

    /// <summary>Cells this environment creates on entry, with the parameter that seeds each (or null).</summary>
    public List<(Linq.ParameterExpression Cell, Linq.ParameterExpression? Seed)> CellsToCreate { get; } = [];

    /// <summary>Locals that start unbound (every non-parameter plain local).</summary>
    public List<Linq.ParameterExpression> UnboundLocals { get; } = [];

    /// <summary>Free variables in co_freevars order, to load from the function's closure on entry.</summary>
    public List<Linq.ParameterExpression> ClosureLoads { get; } = [];

    /// <summary>How a name used in this scope is bound.</summary>
    public BindingKind Lookup(string name) => Scope.Lookup(name);

    /// <summary>Declares the scope's names. <paramref name="parameters"/> maps parameter names to the lambda parameters that carry them in.</summary>
    public void Declare(IReadOnlyDictionary<string, Linq.ParameterExpression> parameters)
    {
        if (IsModule) return;
        // A class body keeps its names in its namespace dict; it has no variables of its own.
        foreach (var name in IsClass ? [] : Scope.Locals)
        {
            parameters.TryGetValue(name, out var parameter);
            if (Scope.Lookup(name) == BindingKind.Cell)
            {
                var cell = Linq.Expression.Variable(typeof(StrongBox<object>), "cell_" + name);
                _cells[name] = cell;
                Variables.Add(cell);
                CellsToCreate.Add((cell, parameter));
            }
            else if (parameter is not null)
            {
                _locals[name] = parameter;
                if (!Scope.MayUnbind(name)) _alwaysBound.Add(name);
            }
            else
            {
                var local = Linq.Expression.Variable(typeof(object), name);
                _locals[name] = local;
                Variables.Add(local);
                UnboundLocals.Add(local);
            }
        }
        foreach (var name in Scope.FreeVars)
        {
            if (Enclosing is not null)
            {
                _frees[name] = Enclosing.GetBox(name);
                continue;
            }
            var box = Linq.Expression.Variable(typeof(StrongBox<object>), "free_" + name);
            _frees[name] = box;
            Variables.Add(box);
            ClosureLoads.Add(box);
        }
    }

    /// <summary>True for a plain local that is bound from entry to exit: a parameter the body never unbinds.</summary>
    public bool IsAlwaysBound(string name) => _alwaysBound.Contains(Scope.Mangle(name));

    /// <summary>The object variable of plain local <paramref name="name"/> (a source name: private names are mangled here).</summary>
    public Linq.ParameterExpression Local(string name) => _locals[Scope.Mangle(name)];

    /// <summary>The box of a cell or free variable: what an inner function's closure captures.</summary>
    /// <remarks>Takes a source name, or a name already stored mangled (an inner scope's co_freevars entry).</remarks>
    public Linq.ParameterExpression GetBox(string name) =>
        _cells.TryGetValue(Scope.Mangle(name), out var cell) || _cells.TryGetValue(name, out cell) ? cell
        : _frees.TryGetValue(Scope.Mangle(name), out var free) || _frees.TryGetValue(name, out free) ? free
        : throw new InvalidOperationException($"'{name}' is not a cell or free variable of {Scope.QualifiedName}");
}
