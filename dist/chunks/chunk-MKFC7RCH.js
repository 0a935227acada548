#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  formatKey,
  joinKey,
  validateConfig
} from "./chunk-TMII7X7T.js";
import {
  findConfig
} from "./chunk-77E6756Z.js";
import {
  errorMessage,
  fail,
  ok
} from "./chunk-FL7PZ6ZF.js";

// src/config/index.ts
import { isAbsolute, relative } from "node:path";

// src/config/load.ts
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function stripComments(text, replaceCh) {
  let _scanner = createScanner(text), parts = [], kind, offset = 0, pos;
  do {
    pos = _scanner.getPosition();
    kind = _scanner.scan();
    switch (kind) {
      case 12:
      case 13:
      case 17:
        if (offset !== pos) {
          parts.push(text.substring(offset, pos));
        }
        if (replaceCh !== void 0) {
          parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
        }
        offset = _scanner.getPosition();
        break;
    }
  } while (kind !== 17);
  return parts.join("");
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var visit2 = visit;
var stripComments2 = stripComments;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/config/json.ts
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}
var shown = (text, at) => at >= text.length ? "the end of the file" : JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0));
function previousSignificant(text, at) {
  const blanked = stripComments2(text.slice(0, at), " ");
  return /\S(?=\s*$)/.exec(blanked)?.[0];
}
function insideString(token) {
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 32) return { at: i, message: "line break or control character inside a string (write it as an escape such as \\n)" };
    if (c !== 92) continue;
    const escape = token[i + 1];
    if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(token.slice(i + 2, i + 6))) i += 5;
    else if (escape !== void 0 && escape !== "u" && '"\\/bfnrt'.includes(escape)) i += 1;
    else return { at: i, message: "invalid escape sequence in a string" };
  }
  return void 0;
}
function describe(text, code, offset, length, container) {
  switch (printParseErrorCode(code)) {
    case "PropertyNameExpected":
      if (text[offset] === "}" && previousSignificant(text, offset) === ",") return { at: offset, message: "trailing comma before '}' (JSON does not allow one)" };
      return { at: offset, message: `expected a property name in double quotes, got ${shown(text, offset)}` };
    case "ValueExpected":
      if (text[offset] === "]" && previousSignificant(text, offset) === ",") return { at: offset, message: "trailing comma before ']' (JSON does not allow one)" };
      return { at: offset, message: `expected a value, got ${shown(text, offset)}` };
    case "InvalidSymbol":
      if (container === "done") return { at: offset, message: `unexpected ${shown(text, offset)} after the end of the JSON value` };
      return { at: offset, message: container === "object" && previousSignificant(text, offset) !== ":" ? `expected a property name in double quotes, got ${shown(text, offset)}` : `expected a value, got ${shown(text, offset)}` };
    case "ColonExpected":
      return { at: offset, message: `expected ':' after the property name, got ${shown(text, offset)}` };
    case "CommaExpected":
      return { at: offset, message: `expected ',' or '${container === "array" ? "]" : "}"}', got ${shown(text, offset)}` };
    // jsonc-parser closes the container before it reports the missing bracket.
    case "CloseBraceExpected":
      return { at: offset, message: `expected ',' or '}', got ${shown(text, offset)}` };
    case "CloseBracketExpected":
      return { at: offset, message: `expected ',' or ']', got ${shown(text, offset)}` };
    case "EndOfFileExpected":
      return { at: offset, message: `unexpected ${shown(text, offset)} after the end of the JSON value` };
    case "UnexpectedEndOfString":
    case "InvalidCharacter":
    case "InvalidEscapeCharacter":
    case "InvalidUnicode": {
      const found = insideString(text.slice(offset, offset + Math.max(length, 1) + 1));
      if (found) return { at: offset + found.at, message: found.message };
      return { at: offset, message: "unterminated string" };
    }
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return { at: offset, message: "unterminated comment" };
    default:
      return { at: offset, message: `expected a value, got ${shown(text, offset)}` };
  }
}
function readJson(text) {
  const lines = /* @__PURE__ */ new Map();
  const containers = [];
  let first;
  let done = false;
  const element = (path, startLine) => {
    if (typeof path[path.length - 1] === "number" && !lines.has(formatKey(path))) lines.set(formatKey(path), startLine + 1);
  };
  const open = (kind, path, startLine) => {
    element(path, startLine);
    containers.push(kind);
  };
  const close = () => {
    containers.pop();
    if (containers.length === 0) done = true;
  };
  try {
    visit2(
      text,
      {
        onObjectBegin: (_o, _l, startLine, _c, path) => open("object", path(), startLine),
        onObjectEnd: close,
        onArrayBegin: (_o, _l, startLine, _c, path) => open("array", path(), startLine),
        onArrayEnd: close,
        onLiteralValue: (_v, _o, _l, startLine, _c, path) => {
          element(path(), startLine);
          if (containers.length === 0) done = true;
        },
        onObjectProperty: (property, _o, _l, startLine, _c, path) => {
          const key = formatKey([...path(), property]);
          if (!lines.has(key)) lines.set(key, startLine + 1);
        },
        onError: (code, offset, length) => {
          first ??= describe(text, code, offset, length, done ? "done" : containers[containers.length - 1]);
        }
      },
      { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false }
    );
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
  }
  if (first) return { error: { ...lineColumn(text, first.at), message: first.message }, lines };
  try {
    return { value: JSON.parse(stripComments2(text, " ")), lines };
  } catch (err) {
    return { error: { message: err instanceof Error ? err.message : String(err) }, lines };
  }
}

// src/config/snapshot.ts
var SnapshotError = class extends Error {
  constructor(key, message) {
    super(message);
    this.key = key;
  }
  key;
};
var MAX_DEPTH = 64;
var MAX_ITEMS = 1e5;
function reason(err) {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return "a value that cannot be shown";
  }
}
function snapshotConfig(value) {
  const ancestors = /* @__PURE__ */ new Set();
  const copy = (node, key, depth) => {
    if (typeof node !== "object" || node === null) return node;
    if (depth > MAX_DEPTH) throw new SnapshotError(key, `the config nests more than ${MAX_DEPTH} levels deep`);
    if (ancestors.has(node)) throw new SnapshotError(key, "the config refers to itself (a cycle)");
    const read = (child, get) => {
      const at = joinKey(key, child);
      let v;
      try {
        v = get();
      } catch (err) {
        throw new SnapshotError(at, `reading ${at} failed: ${reason(err)}`);
      }
      return copy(v, at, depth + 1);
    };
    ancestors.add(node);
    try {
      let isArray;
      let proto;
      let keys;
      try {
        isArray = Array.isArray(node);
        proto = Object.getPrototypeOf(node);
        keys = isArray ? [] : Object.keys(node);
      } catch (err) {
        throw new SnapshotError(key, `reading ${key || "the config"} failed: ${reason(err)}`);
      }
      if (isArray) {
        const list = node;
        const length = read("length", () => list.length);
        if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ITEMS) throw new SnapshotError(key, `${key || "the config"} holds more than ${MAX_ITEMS} items`);
        return Array.from({ length }, (_, i) => read(i, () => list[i]));
      }
      if (proto !== null && Object.getPrototypeOf(proto) !== null) return node;
      const out = {};
      for (const name of keys) {
        Object.defineProperty(out, name, { value: read(name, () => node[name]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    } finally {
      ancestors.delete(node);
    }
  };
  return copy(value, "", 0);
}

// src/config/load.ts
var CONFIG_SETTLE_MS = 1e4;
var ENGINE_PACKAGE = "@orchestrator/engine";
var JSON_EXTENSIONS = [".json"];
var NATIVE_EXTENSIONS = [".mjs", ".js", ".cjs"];
var TS_EXTENSIONS = [".ts", ".mts"];
function engineModule() {
  for (const candidate of ["./index.js", "../index.js", "../index.ts"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return void 0;
}
async function importWithJiti(file) {
  const { createJiti } = await import("./jiti-static-QLJPF6UT.js");
  const engine = engineModule();
  const jiti = createJiti(import.meta.url, {
    alias: engine ? { [ENGINE_PACKAGE]: engine } : {},
    // With interop, a module without a default export would pass its named exports off as the config.
    interopDefault: false,
    // Never write a transpile cache into the user's repository; re-evaluate edited configs.
    fsCache: false,
    moduleCache: false
  });
  const mod = await jiti.import(file);
  return mod.default;
}
function isMissingEngine(err) {
  const code = err?.code;
  return code === "ERR_MODULE_NOT_FOUND" && errorMessage(err).includes(`'${ENGINE_PACKAGE}'`);
}
async function locateSyntaxError(file, err) {
  try {
    await importWithJiti(file);
  } catch (located) {
    if (errorMessage(located).includes("ParseError")) return located;
  }
  return err;
}
async function importNative(file) {
  const { mtimeMs } = await stat(file);
  try {
    const mod = await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`);
    return mod.default;
  } catch (err) {
    if (isMissingEngine(err)) return importWithJiti(file);
    if (err instanceof SyntaxError) throw await locateSyntaxError(file, err);
    throw err;
  }
}
function lineInStack(err, file) {
  const stack = err instanceof Error ? `${err.stack ?? ""}` : "";
  for (const prefix of [pathToFileURL(file).href, file]) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const match = new RegExp(`${escaped}(?:\\?[^:\\s]*)?:(\\d+)`).exec(stack);
    if (match?.[1]) return Number(match[1]);
  }
  return void 0;
}
function describeFailure(err, file) {
  const text = errorMessage(err).replace(/\s*\n\s*/g, " ");
  const parse2 = /^ParseError: (.*?)\s+(\S+):(\d+):(\d+)$/.exec(text);
  if (parse2 && parse2[2] === file) {
    return { message: `syntax error at line ${parse2[3]}, column ${Number(parse2[4]) + 1}: ${parse2[1] || "unexpected input"}`, line: Number(parse2[3]) };
  }
  return { message: `evaluating the config failed: ${text}`, line: lineInStack(err, file) };
}
var NeverSettled = class extends Error {
};
function withinTime(work, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new NeverSettled()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
async function evaluate(file, useJiti) {
  const exported = await (useJiti ? importWithJiti(file) : importNative(file));
  const value = typeof exported === "function" ? await exported() : exported;
  return snapshotConfig(value);
}
async function loadModule(file, shownAs, useJiti, settleMs) {
  const hint = "Fix the error in the config file; it must `export default` the config object (or a function returning it).";
  let raw;
  try {
    raw = await withinTime(evaluate(file, useJiti), settleMs);
  } catch (err) {
    if (err instanceof NeverSettled) {
      return fail({
        code: "CONFIG_LOAD",
        file: shownAs,
        message: `the config did not settle within ${settleMs / 1e3} s: its default export (or the promise it returns) never resolved`,
        hint: "Make the config's promise resolve (or export the object itself); a config must not wait on anything that never ends."
      });
    }
    if (err instanceof SnapshotError) {
      return fail({ code: "CONFIG_LOAD", file: shownAs, ...err.key ? { key: err.key } : {}, message: err.message, hint });
    }
    let failure;
    try {
      failure = describeFailure(err, file);
    } catch {
      failure = { message: "evaluating the config failed with an error that cannot be shown" };
    }
    const { message, line } = failure;
    const problem = { code: "CONFIG_LOAD", file: shownAs, message, hint };
    return fail(line === void 0 ? problem : { ...problem, line });
  }
  if (raw === void 0) {
    return fail({
      code: "CONFIG_LOAD",
      file: shownAs,
      message: "the config module has no default export",
      hint: `Add \`export default { \u2026 }\` (or \`export default defineConfig({ \u2026 })\` with defineConfig from "${ENGINE_PACKAGE}").`
    });
  }
  return ok({ raw });
}
async function loadJson(file, shownAs) {
  let text;
  try {
    text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  } catch (err) {
    return fail({ code: "CONFIG_LOAD", file: shownAs, message: `cannot read the config: ${errorMessage(err)}` });
  }
  const json = readJson(text);
  if (!json.error) return ok({ raw: json.value, lines: json.lines });
  const { line, column, message } = json.error;
  if (line === void 0) return fail({ code: "CONFIG_LOAD", file: shownAs, message: `invalid JSON: ${message}` });
  return fail({ code: "CONFIG_LOAD", file: shownAs, line, message: `invalid JSON at line ${line}, column ${column}: ${message}` });
}
async function loadConfigFile(file, shownAs = file, opts = {}) {
  const ext = extname(file);
  const settleMs = opts.settleMs ?? CONFIG_SETTLE_MS;
  if (JSON_EXTENSIONS.includes(ext)) return loadJson(file, shownAs);
  if (NATIVE_EXTENSIONS.includes(ext)) return loadModule(file, shownAs, false, settleMs);
  if (TS_EXTENSIONS.includes(ext)) return loadModule(file, shownAs, true, settleMs);
  return fail({
    code: "CONFIG_LOAD",
    file: shownAs,
    message: `unsupported config file type ${JSON.stringify(ext || "(none)")}`,
    hint: "Use a .json, .ts, .mjs or .js config file."
  });
}

// src/config/index.ts
function shownPath(file, repoRoot) {
  const rel = relative(repoRoot, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}
function parentKey(key) {
  return /^(.*?)(?:\.[^.[\]]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(key)?.[1];
}
function withLines(problems, lines) {
  if (!lines) return problems;
  return problems.map((p) => {
    for (let key = p.key; key; key = parentKey(key)) {
      const line = lines.get(key);
      if (line !== void 0) return { ...p, line };
    }
    return p;
  });
}
async function loadConfig(opts) {
  const found = await findConfig(opts.cwd, opts.configPath);
  if (!found.ok) return found;
  const { file, repoRoot } = found.value;
  const shown2 = shownPath(file, repoRoot);
  const source = await loadConfigFile(file, shown2);
  if (!source.ok) return source;
  const config = validateConfig(source.value.raw, shown2, repoRoot);
  if (!config.ok) return fail(withLines(config.problems, source.value.lines));
  return ok({ config: config.value, file, repoRoot });
}

export {
  loadConfigFile,
  loadConfig
};
//# sourceMappingURL=chunk-MKFC7RCH.js.map
