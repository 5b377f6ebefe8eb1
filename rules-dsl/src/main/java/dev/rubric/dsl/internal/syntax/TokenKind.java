package dev.rubric.dsl.internal.syntax;

/**
 * The kinds of {@link Token}. Keywords are not token kinds: words such as {@code when} or {@code
 * applies-to} are {@link #IDENT}s, and the parser decides where they act as keywords.
 */
public enum TokenKind {
  /**
   * A name: a letter or {@code _}, then letters, digits, {@code _} and inner hyphens ({@code
   * applies-to}).
   */
  IDENT("identifier"),
  /** A decimal number without sign or exponent, such as {@code 1200} or {@code 0.25}. */
  NUMBER("number"),
  /**
   * A number directly followed by {@code %}, such as {@code 98.5%}; its value is divided by 100.
   */
  PERCENT("percentage"),
  /** An ISO date {@code yyyy-mm-dd}. */
  DATE("date"),
  /** A double-quoted string; the token text is the decoded value. */
  STRING("string"),
  /** <code>{</code>. */
  LBRACE("'{'"),
  /** <code>}</code>. */
  RBRACE("'}'"),
  /** {@code (}. */
  LPAREN("'('"),
  /** {@code )}. */
  RPAREN("')'"),
  /** {@code [}. */
  LBRACKET("'['"),
  /** {@code ]}. */
  RBRACKET("']'"),
  /** {@code ,}. */
  COMMA("','"),
  /** {@code :}. */
  COLON("':'"),
  /** {@code ;}. */
  SEMICOLON("';'"),
  /** {@code .}. */
  DOT("'.'"),
  /** {@code +}. */
  PLUS("'+'"),
  /** {@code -}. */
  MINUS("'-'"),
  /** {@code *} or {@code ×}. */
  STAR("'*'"),
  /** {@code /}. */
  SLASH("'/'"),
  /** {@code =}. */
  ASSIGN("'='"),
  /** {@code ==}. */
  EQ("'=='"),
  /** {@code !=} or {@code ≠}. */
  NE("'!='"),
  /** {@code <}. */
  LT("'<'"),
  /** {@code <=} or {@code ≤}. */
  LE("'<='"),
  /** {@code >}. */
  GT("'>'"),
  /** {@code >=} or {@code ≥}. */
  GE("'>='"),
  /** {@code ->} or {@code →}. */
  ARROW("'->'"),
  /**
   * A literal the lexer has already reported (an invalid date, a number over the length limit). The
   * parser accepts it wherever a literal is expected and reports nothing more about it.
   */
  ERROR("invalid literal"),
  /** The end of input; always the last token. */
  EOF("end of input");

  private final String display;

  TokenKind(String display) {
    this.display = display;
  }

  /**
   * Returns how messages name this kind: the quoted symbol for punctuation ({@code "')'"}), a noun
   * otherwise ({@code "identifier"}, {@code "end of input"}).
   */
  public String display() {
    return display;
  }

  /** Returns whether tokens of this kind carry a {@link Token#number()}. */
  public boolean isNumeric() {
    return this == NUMBER || this == PERCENT;
  }
}
