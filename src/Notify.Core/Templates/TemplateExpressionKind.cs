namespace Notify.Core.Templates;

/// <summary>The kinds of mustache a template may contain.</summary>
public enum TemplateExpressionKind
{
    /// <summary>{{name}}</summary>
    Variable,

    /// <summary>{{helper name "literal"}}</summary>
    Helper,

    /// <summary>{{#if name}}</summary>
    BlockOpen,

    /// <summary>{{/if}}</summary>
    BlockClose,

    /// <summary>{{else}}</summary>
    Else,

    /// <summary>{{! … }} or {{!-- … --}}</summary>
    Comment,

    /// <summary>{{{name}}} or {{&amp;name}}: output not HTML-escaped.</summary>
    Unescaped,
}
