var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports2.S = " 	\r\n";
    exports2.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports2.NAME_CHAR = "-" + exports2.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports2.CHAR_RE = new RegExp("^[" + exports2.CHAR + "]$", "u");
    exports2.S_RE = new RegExp("^[" + exports2.S + "]+$", "u");
    exports2.NAME_START_CHAR_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "]$", "u");
    exports2.NAME_CHAR_RE = new RegExp("^[" + exports2.NAME_CHAR + "]$", "u");
    exports2.NAME_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "][" + exports2.NAME_CHAR + "]*$", "u");
    exports2.NMTOKEN_RE = new RegExp("^[" + exports2.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports2.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports2.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports2.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports2.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports2.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports2.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports2.S = " 	\r\n";
    exports2.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports2.NAME_CHAR = "-" + exports2.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports2.CHAR_RE = new RegExp("^[" + exports2.CHAR + "]$", "u");
    exports2.RESTRICTED_CHAR_RE = new RegExp("^[" + exports2.RESTRICTED_CHAR + "]$", "u");
    exports2.S_RE = new RegExp("^[" + exports2.S + "]+$", "u");
    exports2.NAME_START_CHAR_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "]$", "u");
    exports2.NAME_CHAR_RE = new RegExp("^[" + exports2.NAME_CHAR + "]$", "u");
    exports2.NAME_RE = new RegExp("^[" + exports2.NAME_START_CHAR + "][" + exports2.NAME_CHAR + "]*$", "u");
    exports2.NMTOKEN_RE = new RegExp("^[" + exports2.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports2.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports2.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports2.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports2.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports2.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports2.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports2.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports2.NC_NAME_CHAR = "-" + exports2.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports2.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports2.NC_NAME_START_CHAR + "]$", "u");
    exports2.NC_NAME_CHAR_RE = new RegExp("^[" + exports2.NC_NAME_CHAR + "]$", "u");
    exports2.NC_NAME_RE = new RegExp("^[" + exports2.NC_NAME_START_CHAR + "][" + exports2.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports2.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports2.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SaxesParser = exports2.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports2.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a2;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a2 = this.readyHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a2;
        let msg = (_a2 = this.fileName) !== null && _a2 !== void 0 ? _a2 : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err2 = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err2;
        } else {
          handler(err2);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a2;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a2 = this.doctypeHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a2;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a2 = this.commentHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a2;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a2 = this.cdataHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a2;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a2 = this.piHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a2;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a2 = this.xmldeclHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a2;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a2 = this.openTagStartHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a2;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a2 = this.attributeHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a2;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a2 = this.attributeHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a2, _b2;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a2 = this.textHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b2 = this.endHandler) === null || _b2 === void 0 ? void 0 : _b2.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a2, _b2;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b2 = (_a2 = this.opt).resolvePrefix) === null || _b2 === void 0 ? void 0 : _b2.call(_a2, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a2;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a2 = this.resolve(prefix)) !== null && _a2 !== void 0 ? _a2 : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a2;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a2 = this.openTagHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a2, _b2, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a2 = this.openTagHandler) === null || _a2 === void 0 ? void 0 : _a2.call(this, tag);
        (_b2 = this.closeTagHandler) === null || _b2 === void 0 ? void 0 : _b2.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports2.SaxesParser = SaxesParser2;
  }
});

// node_modules/tldts/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/tldts/dist/cjs/index.js"(exports2) {
    "use strict";
    function shareSameDomainSuffix(hostname, vhost) {
      if (hostname.endsWith(vhost)) {
        return hostname.length === vhost.length || hostname[hostname.length - vhost.length - 1] === ".";
      }
      return false;
    }
    function extractDomainWithSuffix(hostname, publicSuffix) {
      const publicSuffixIndex = hostname.length - publicSuffix.length - 2;
      const lastDotBeforeSuffixIndex = hostname.lastIndexOf(".", publicSuffixIndex);
      if (lastDotBeforeSuffixIndex === -1) {
        return hostname;
      }
      return hostname.slice(lastDotBeforeSuffixIndex + 1);
    }
    function getDomain$1(suffix, hostname, options) {
      if (options.validHosts !== null) {
        const validHosts = options.validHosts;
        for (const vhost of validHosts) {
          if (
            /*@__INLINE__*/
            shareSameDomainSuffix(hostname, vhost)
          ) {
            return vhost;
          }
        }
      }
      let numberOfLeadingDots = 0;
      if (hostname.startsWith(".")) {
        while (numberOfLeadingDots < hostname.length && hostname[numberOfLeadingDots] === ".") {
          numberOfLeadingDots += 1;
        }
      }
      if (suffix.length === hostname.length - numberOfLeadingDots) {
        return null;
      }
      return (
        /*@__INLINE__*/
        extractDomainWithSuffix(hostname, suffix)
      );
    }
    function getDomainWithoutSuffix$1(domain, suffix) {
      return domain.slice(0, -suffix.length - 1);
    }
    var CONTROL_CHARS = /[\t\n\r]/g;
    var extractedHostnameValidated = false;
    function isValidHostnameChar(code) {
      return code >= 97 && code <= 122 || // a-z
      code >= 48 && code <= 57 || // 0-9
      code > 127 || // non-ASCII (accepted, not punycode-checked)
      code >= 65 && code <= 90 || // A-Z (becomes valid once lowercased)
      code === 45 || // '-'
      code === 95;
    }
    function getSpecialScheme(url, schemeStart, colonIndex) {
      const length = colonIndex - schemeStart;
      const c0 = url.charCodeAt(schemeStart) | 32;
      if (length === 2) {
        return c0 === 119 && (url.charCodeAt(schemeStart + 1) | 32) === 115 ? 1 : 0;
      } else if (length === 3) {
        const c1 = url.charCodeAt(schemeStart + 1) | 32;
        const c2 = url.charCodeAt(schemeStart + 2) | 32;
        if (c0 === 119 && c1 === 115 && c2 === 115)
          return 1;
        if (c0 === 102 && c1 === 116 && c2 === 112)
          return 1;
        return 0;
      } else if (length === 4) {
        const c1 = url.charCodeAt(schemeStart + 1) | 32;
        const c2 = url.charCodeAt(schemeStart + 2) | 32;
        const c3 = url.charCodeAt(schemeStart + 3) | 32;
        if (c0 === 104 && c1 === 116 && c2 === 116 && c3 === 112)
          return 1;
        if (c0 === 102 && c1 === 105 && c2 === 108 && c3 === 101)
          return 2;
        return 0;
      } else if (length === 5) {
        return c0 === 104 && (url.charCodeAt(schemeStart + 1) | 32) === 116 && (url.charCodeAt(schemeStart + 2) | 32) === 116 && (url.charCodeAt(schemeStart + 3) | 32) === 112 && (url.charCodeAt(schemeStart + 4) | 32) === 115 ? 1 : 0;
      }
      return 0;
    }
    function extractHostname(url, urlIsValidHostname, validate = false) {
      let start = 0;
      let end = url.length;
      let hasUpper = false;
      let isSpecial = true;
      extractedHostnameValidated = false;
      if (!urlIsValidHostname) {
        while (start < url.length && url.charCodeAt(start) <= 32) {
          start += 1;
        }
        if (url.charCodeAt(start + 4) === 58 && (url.charCodeAt(start) | 32) === 100 && (url.charCodeAt(start + 1) | 32) === 97 && (url.charCodeAt(start + 2) | 32) === 116 && (url.charCodeAt(start + 3) | 32) === 97 || url.charCodeAt(start + 10) === 58 && (url.charCodeAt(start) | 32) === 106 && (url.charCodeAt(start + 1) | 32) === 97 && (url.charCodeAt(start + 2) | 32) === 118 && (url.charCodeAt(start + 3) | 32) === 97 && (url.charCodeAt(start + 4) | 32) === 115 && (url.charCodeAt(start + 5) | 32) === 99 && (url.charCodeAt(start + 6) | 32) === 114 && (url.charCodeAt(start + 7) | 32) === 105 && (url.charCodeAt(start + 8) | 32) === 112 && (url.charCodeAt(start + 9) | 32) === 116) {
          return null;
        }
        while (end > start + 1 && url.charCodeAt(end - 1) <= 32) {
          end -= 1;
        }
        if ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && (url.charCodeAt(start + 1) === 47 || url.charCodeAt(start + 1) === 92)) {
          start += 2;
        } else {
          let indexOfProtocol = url.indexOf(":/", start);
          if (indexOfProtocol !== -1) {
            const special = getSpecialScheme(url, start, indexOfProtocol);
            if (special === 1) {
              start = indexOfProtocol + 2;
              while (url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) {
                start += 1;
              }
            } else if (special === 2) {
              start = indexOfProtocol + 1;
              let slashes = 0;
              while ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && slashes < 2) {
                start += 1;
                slashes += 1;
              }
              if (slashes < 2) {
                return null;
              }
            } else {
              for (let i = start; i < indexOfProtocol; i += 1) {
                const code = url.charCodeAt(i);
                if (!((code | 32) >= 97 && (code | 32) <= 122 || // [a-zA-Z] (fold letters only)
                code >= 48 && code <= 57 || // [0, 9]
                code === 46 || // '.'
                code === 45 || // '-'
                code === 43)) {
                  if (code === 9 || code === 10 || code === 13) {
                    return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
                  }
                  for (let j = i; j < indexOfProtocol; j += 1) {
                    const c = url.charCodeAt(j);
                    if (c === 47 || c === 92 || c === 63 || c === 35) {
                      indexOfProtocol = -1;
                      break;
                    }
                  }
                  if (indexOfProtocol !== -1) {
                    return null;
                  }
                  break;
                }
              }
              if (indexOfProtocol !== -1) {
                if (url.charCodeAt(indexOfProtocol + 2) === 47) {
                  isSpecial = false;
                  start = indexOfProtocol + 3;
                } else {
                  return null;
                }
              }
            }
          }
          if (indexOfProtocol === -1 && url.charCodeAt(start) !== 91) {
            let indexOfColon = -1;
            for (let i = start; i < end; i += 1) {
              const code = url.charCodeAt(i);
              if (code === 9 || code === 10 || code === 13) {
                return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
              }
              if (code === 58) {
                indexOfColon = i;
                break;
              }
              if (code === 47 || code === 92 || code === 63 || code === 35) {
                break;
              }
            }
            if (indexOfColon !== -1) {
              let hasIdentifier = false;
              for (let i = indexOfColon + 1; i < end; i += 1) {
                const code = url.charCodeAt(i);
                if (code === 47 || code === 92 || code === 63 || code === 35) {
                  break;
                }
                if (code === 64) {
                  hasIdentifier = true;
                  break;
                }
              }
              if (!hasIdentifier) {
                let allDigits = true;
                let i = indexOfColon + 1;
                for (; i < end; i += 1) {
                  const code = url.charCodeAt(i);
                  if (code === 47 || code === 92 || code === 63 || code === 35) {
                    break;
                  }
                  if (code < 48 || code > 57) {
                    allDigits = false;
                    break;
                  }
                }
                if (i === indexOfColon + 1) {
                  allDigits = false;
                }
                if (!allDigits) {
                  const special = getSpecialScheme(url, start, indexOfColon);
                  if (special === 0) {
                    let isBareIpv6 = false;
                    for (let j = indexOfColon + 1; j < end; j += 1) {
                      const code = url.charCodeAt(j);
                      if (code === 47 || code === 92 || code === 63 || code === 35) {
                        break;
                      }
                      if (code === 58) {
                        isBareIpv6 = true;
                        break;
                      }
                    }
                    if (!isBareIpv6) {
                      return null;
                    }
                  } else {
                    start = indexOfColon + 1;
                    if (special === 2) {
                      let slashes = 0;
                      while ((url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) && slashes < 2) {
                        start += 1;
                        slashes += 1;
                      }
                      if (slashes < 2) {
                        return null;
                      }
                    } else {
                      while (url.charCodeAt(start) === 47 || url.charCodeAt(start) === 92) {
                        start += 1;
                      }
                    }
                  }
                }
              }
            }
          }
        }
        let indexOfIdentifier = -1;
        let indexOfClosingBracket = -1;
        let indexOfPort = -1;
        let indexOfFirstColon = -1;
        let hasControl = false;
        let vValid = validate;
        let vLastDot = start - 1;
        let vLastCode = -1;
        if (validate && start < end) {
          const c0 = url.charCodeAt(start);
          if (
            // Keep these parens: they scope /*@__INLINE__*/ for terser.
            // prettier-ignore
            !/*@__INLINE__*/
            (isValidHostnameChar(c0) || c0 === 46 || c0 === 95) || c0 === 45
          ) {
            vValid = false;
          }
        }
        for (let i = start; i < end; i += 1) {
          const code = url.charCodeAt(i);
          if (code < 64) {
            if (code === 47 || code === 35 || code === 63) {
              end = i;
              break;
            } else if (code === 58) {
              if (indexOfFirstColon === -1) {
                indexOfFirstColon = i;
              }
              indexOfPort = i;
            } else if (code === 9 || code === 10 || code === 13) {
              hasControl = true;
            } else if (validate) {
              if (code === 46) {
                if (i - vLastDot > 64 || vLastCode === 46 || vLastCode === 45) {
                  vValid = false;
                }
                vLastDot = i;
              } else if (code < 48 || code > 57) {
                if (code !== 45 || vLastCode === 46) {
                  vValid = false;
                }
              }
            }
          } else if (isSpecial && code === 92) {
            end = i;
            break;
          } else if (code === 64) {
            indexOfIdentifier = i;
            indexOfFirstColon = -1;
          } else if (code === 93) {
            indexOfClosingBracket = i;
          } else if (code >= 65 && code <= 90) {
            hasUpper = true;
          } else if (validate && !/*@__INLINE__*/
          isValidHostnameChar(code)) {
            vValid = false;
          }
          if (validate) {
            vLastCode = code;
          }
        }
        if (hasControl) {
          return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
        }
        if (indexOfIdentifier !== -1 && indexOfIdentifier >= start && indexOfIdentifier < end) {
          start = indexOfIdentifier + 1;
        }
        if (url.charCodeAt(start) === 91) {
          if (indexOfClosingBracket !== -1) {
            return url.slice(start + 1, indexOfClosingBracket).toLowerCase();
          }
          return null;
        } else if (indexOfPort !== -1 && indexOfPort > start && indexOfPort < end && // A host:port has exactly one ':' in the host (so its first ':' is its
        // last); a bare, unbracketed IPv6 literal ("2a01:e35::1") has >= 2, so
        // its first ':' precedes the last. Only the former has a ':port' to trim.
        indexOfFirstColon === indexOfPort) {
          end = indexOfPort;
        }
        if (start >= end) {
          return null;
        }
        if (validate && vValid && indexOfIdentifier === -1 && indexOfPort === -1 && indexOfClosingBracket === -1 && url.charCodeAt(end - 1) !== 46 && end - start <= 255 && // total length
        end - vLastDot - 1 <= 63 && // last label length
        vLastCode !== 45) {
          extractedHostnameValidated = true;
        }
      }
      while (end > start + 1 && url.charCodeAt(end - 1) === 46) {
        end -= 1;
      }
      const hostname = start !== 0 || end !== url.length ? url.slice(start, end) : url;
      if (hasUpper) {
        return hostname.toLowerCase();
      }
      return hostname;
    }
    function isProbablyIpv4(hostname) {
      if (hostname.length < 7) {
        return false;
      }
      if (hostname.length > 15) {
        return false;
      }
      let numberOfDots = 0;
      for (let i = 0; i < hostname.length; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          numberOfDots += 1;
        } else if (code < 48 || code > 57) {
          return false;
        }
      }
      return numberOfDots === 3 && hostname.charCodeAt(0) !== 46 && hostname.charCodeAt(hostname.length - 1) !== 46;
    }
    function isProbablyIpv6(hostname) {
      if (hostname.length < 3) {
        return hostname === "::";
      }
      let start = hostname.startsWith("[") ? 1 : 0;
      let end = hostname.length;
      if (hostname[end - 1] === "]") {
        end -= 1;
      }
      if (end - start > 39) {
        return false;
      }
      let hasColon = false;
      for (; start < end; start += 1) {
        const code = hostname.charCodeAt(start);
        if (code === 58) {
          hasColon = true;
        } else if (!(code >= 48 && code <= 57 || // 0-9
        code >= 97 && code <= 102 || // a-f
        code >= 65 && code <= 70)) {
          return false;
        }
      }
      return hasColon;
    }
    function isIp(hostname) {
      return isProbablyIpv6(hostname) || isProbablyIpv4(hostname);
    }
    var SPECIAL_USE_DOMAINS = [
      "test",
      // RFC 6761
      "localhost",
      // RFC 6761
      "invalid",
      // RFC 6761
      "example",
      // RFC 6761
      "example.com",
      // RFC 6761
      "example.net",
      // RFC 6761
      "example.org",
      // RFC 6761
      "local",
      // RFC 6762 (mDNS)
      "onion",
      // RFC 7686 (Tor)
      "alt",
      // RFC 9476
      "home.arpa",
      // RFC 8375
      "ipv4only.arpa",
      // RFC 8880
      "resolver.arpa",
      // RFC 9462
      "service.arpa",
      // RFC 9665
      "6tisch.arpa",
      // RFC 9031
      "eap.arpa"
      // RFC 9965
    ];
    function isSpecialUse(hostname) {
      for (const name of SPECIAL_USE_DOMAINS) {
        if (hostname.endsWith(name) && (hostname.length === name.length || hostname.charCodeAt(hostname.length - name.length - 1) === 46)) {
          return true;
        }
      }
      return false;
    }
    function isValidAscii(code) {
      return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code > 127;
    }
    function isValidHostname(hostname) {
      if (hostname.length > 255) {
        return false;
      }
      if (hostname.length === 0) {
        return false;
      }
      if (
        /*@__INLINE__*/
        !isValidAscii(hostname.charCodeAt(0)) && hostname.charCodeAt(0) !== 46 && // '.' (dot)
        hostname.charCodeAt(0) !== 95
      ) {
        return false;
      }
      let lastDotIndex = -1;
      let lastCharCode = -1;
      const len = hostname.length;
      for (let i = 0; i < len; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          if (
            // Check that previous label is < 63 bytes long (64 = 63 + '.')
            i - lastDotIndex > 64 || // Check that previous character was not already a '.'
            lastCharCode === 46 || // Check that the previous label does not end with '-' (RFC 1035 §2.3.1 LDH).
            // '_' is intentionally NOT restricted: DNS allows any octet (RFC 2181 §11) and
            // WHATWG URL does not treat '_' as a forbidden host code point.
            lastCharCode === 45
          ) {
            return false;
          }
          lastDotIndex = i;
        } else if (
          // A forbidden character in the label...
          // Keep these parens: they scope /*@__INLINE__*/ for terser.
          // prettier-ignore
          !/*@__INLINE__*/
          (isValidAscii(code) || code === 45 || code === 95) || // ...or a '-' starting a label (the byte right after a '.'). A label must
          // not begin with a hyphen (RFC 1034 §3.5 / RFC 1035 §2.3.1 LDH, as amended
          // by RFC 1123 §2.1; cf. UTS #46 CheckHyphens). The first label is covered by
          // the leading-character guard above; mirrors the trailing-'-' rule below.
          code === 45 && lastCharCode === 46
        ) {
          return false;
        }
        lastCharCode = code;
      }
      return (
        // Check that last label is shorter than 63 chars
        len - lastDotIndex - 1 <= 63 && // Check that the last character is an allowed trailing label character.
        // Since we already checked that the char is a valid hostname character,
        // we only need to check that it's different from '-'.
        lastCharCode !== 45
      );
    }
    function extraSuffixLookup(hostname, options, isException, out) {
      const suffix = out.publicSuffix;
      if (suffix === null) {
        return;
      }
      const none = hostname.length + 1;
      let exception = none;
      let exceptionIsIcann = false;
      let rule = none;
      let ruleIsIcann = false;
      const extra = options.extraSuffixes;
      for (let section = 0; section < 2; section += 1) {
        const isIcann = section === 0;
        const rules = isIcann ? options.allowIcannDomains && extra.icann : options.allowPrivateDomains && extra.private;
        if (!Array.isArray(rules)) {
          continue;
        }
        for (const r of rules) {
          if (typeof r !== "string") {
            continue;
          }
          const exceptionRule = r.startsWith("!");
          const wildcard = r.startsWith("*.");
          const body = exceptionRule ? r.slice(1) : wildcard ? r.slice(2) : r;
          if (body === "" || exceptionRule && !body.includes(".") || !shareSameDomainSuffix(hostname, body)) {
            continue;
          }
          let start = hostname.length - body.length;
          if (exceptionRule) {
            if (start < exception) {
              exception = start;
              exceptionIsIcann = isIcann;
            }
            continue;
          }
          if (wildcard && start > 1 && hostname.charCodeAt(start - 2) !== 46) {
            start = hostname.lastIndexOf(".", start - 2) + 1;
          }
          if (start < rule) {
            rule = start;
            ruleIsIcann = isIcann;
          }
        }
      }
      const suffixStart = hostname.length - suffix.length;
      const builtin = isException ? hostname.lastIndexOf(".", suffixStart - 2) + 1 : suffixStart;
      if (exception <= rule && (isException ? exception < builtin : exception <= builtin)) {
        out.publicSuffix = hostname.slice(hostname.indexOf(".", exception) + 1);
        out.isIcann = exceptionIsIcann;
        out.isPrivate = !exceptionIsIcann;
      } else if (rule < builtin || rule === builtin && !out.isIcann && !out.isPrivate) {
        out.publicSuffix = hostname.slice(rule);
        out.isIcann = ruleIsIcann;
        out.isPrivate = !ruleIsIcann;
      }
    }
    function setDefaultsImpl({ allowIcannDomains = true, allowPrivateDomains = false, detectIp = true, detectSpecialUse = false, extraSuffixes = null, extractHostname: extractHostname2 = true, mixedInputs = true, validHosts = null, validateHostname = true }) {
      return {
        allowIcannDomains,
        allowPrivateDomains,
        detectIp,
        detectSpecialUse,
        extraSuffixes,
        extractHostname: extractHostname2,
        mixedInputs,
        validHosts,
        validateHostname
      };
    }
    var DEFAULT_OPTIONS = (
      /*@__INLINE__*/
      setDefaultsImpl({})
    );
    function setDefaults(options) {
      if (options === void 0) {
        return DEFAULT_OPTIONS;
      }
      return (
        /*@__INLINE__*/
        setDefaultsImpl(options)
      );
    }
    function getSubdomain$1(hostname, domain) {
      if (domain.length === hostname.length) {
        return "";
      }
      return hostname.slice(0, -domain.length - 1);
    }
    function getEmptyResult() {
      return {
        domain: null,
        domainWithoutSuffix: null,
        hostname: null,
        isIcann: null,
        isIp: null,
        isPrivate: null,
        isSpecialUse: null,
        publicSuffix: null,
        subdomain: null
      };
    }
    function resetResult(result) {
      result.domain = null;
      result.domainWithoutSuffix = null;
      result.hostname = null;
      result.isIcann = null;
      result.isIp = null;
      result.isPrivate = null;
      result.isSpecialUse = null;
      result.publicSuffix = null;
      result.subdomain = null;
    }
    function parseImpl(url, step, suffixLookup2, partialOptions, result) {
      const options = (
        /*@__INLINE__*/
        setDefaults(partialOptions)
      );
      if (typeof url !== "string") {
        return result;
      }
      let urlIsValid = false;
      if (!options.extractHostname) {
        let end = url.length;
        while (end > 1 && url.charCodeAt(end - 1) === 46) {
          end -= 1;
        }
        result.hostname = end === url.length ? url : url.slice(0, end);
      } else if (options.mixedInputs) {
        urlIsValid = isValidHostname(url);
        result.hostname = extractHostname(url, urlIsValid, options.validateHostname);
      } else {
        result.hostname = extractHostname(url, false, options.validateHostname);
      }
      if (options.detectIp && result.hostname !== null) {
        result.isIp = isIp(result.hostname);
        if (result.isIp) {
          return result;
        }
      }
      if (options.validateHostname && options.extractHostname && result.hostname !== null && // Skip the re-scan when `url` was already validated and extractHostname
      // returned it unchanged (same reference => identical string, still valid).
      !(urlIsValid && result.hostname === url) && // Skip the re-scan when extractHostname already validated the host inline
      // (a confirmed-valid simple authority — see extract-hostname.ts).
      !extractedHostnameValidated && !isValidHostname(result.hostname)) {
        result.hostname = null;
        return result;
      }
      if (step === 0 || result.hostname === null) {
        return result;
      }
      if (step === 5 && options.detectSpecialUse) {
        result.isSpecialUse = isSpecialUse(result.hostname);
      }
      const isException = suffixLookup2(result.hostname, options, result);
      if (options.extraSuffixes !== null) {
        extraSuffixLookup(result.hostname, options, isException === true, result);
      }
      if (step === 2 || result.publicSuffix === null) {
        return result;
      }
      result.domain = getDomain$1(result.publicSuffix, result.hostname, options);
      if (step === 3 || result.domain === null) {
        return result;
      }
      result.subdomain = getSubdomain$1(result.hostname, result.domain);
      if (step === 4) {
        return result;
      }
      result.domainWithoutSuffix = getDomainWithoutSuffix$1(result.domain, result.publicSuffix);
      return result;
    }
    function fastPathLookup(hostname, options, out) {
      if (!options.allowPrivateDomains && options.allowIcannDomains && hostname.length > 3) {
        const last = hostname.length - 1;
        const c3 = hostname.charCodeAt(last);
        const c2 = hostname.charCodeAt(last - 1);
        const c1 = hostname.charCodeAt(last - 2);
        const c0 = hostname.charCodeAt(last - 3);
        if (c3 === 109 && c2 === 111 && c1 === 99 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "com";
          return true;
        } else if (c3 === 103 && c2 === 114 && c1 === 111 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "org";
          return true;
        } else if (c3 === 117 && c2 === 100 && c1 === 101 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "edu";
          return true;
        } else if (c3 === 118 && c2 === 111 && c1 === 103 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "gov";
          return true;
        } else if (c3 === 116 && c2 === 101 && c1 === 110 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "net";
          return true;
        } else if (c3 === 101 && c2 === 100 && c1 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "de";
          return true;
        }
      }
      return false;
    }
    var nodeFlags = /* @__PURE__ */ new Uint8Array([1, 2, 1, 1, 1, 1, 1, 1, 0, 1, 1, 2, 1, 1, 2, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 2, 2, 0, 0, 0, 2, 0, 1, 1, 0, 2, 0, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 2, 2, 0, 2, 2, 2, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    var edgeStart = /* @__PURE__ */ new Uint16Array([0, 0, 0, 10, 11, 18, 106, 111, 117, 118, 126, 132, 133, 140, 149, 150, 151, 152, 153, 154, 156, 157, 159, 160, 161, 163, 165, 240, 253, 255, 256, 257, 272, 274, 281, 282, 285, 286, 287, 290, 292, 311, 312, 314, 323, 328, 345, 346, 349, 350, 352, 354, 390, 391, 393, 396, 397, 401, 403, 407, 410, 442, 445, 458, 459, 467, 468, 470, 480, 494, 495, 496, 497, 506, 507, 544, 549, 565, 585, 591, 633, 635, 636, 637, 638, 665, 692, 693, 841, 847, 850, 851, 852, 857, 862, 871, 893, 894, 895, 896, 897, 898, 899, 918, 920, 921, 924, 926, 927, 929, 931, 946, 961, 966, 967, 969, 970, 971, 972, 973, 975, 978, 983, 984, 985, 987, 988, 991, 994, 995, 996, 1009, 1011, 1023, 1034, 1042, 1044, 1084, 1087, 1091, 1092, 1094, 1097, 1108, 1110, 1120, 1122, 1128, 1130, 1131, 1133, 1136, 1137, 1138, 1191, 1193, 1195, 1215, 1216, 1217, 1218, 1220, 1231, 1262, 1273, 1274, 1287, 1297, 1306, 1314, 1315, 1320, 1334, 1345, 1357, 1369, 1383, 1384, 1395, 1429, 1430, 1431, 1447, 1463, 1475, 1548, 1549, 1551, 1552, 1588, 1607, 1608, 1609, 1610, 1611, 1614, 1618, 1621, 1623, 1657, 1658, 1666, 1667, 1668, 1669, 1670, 1672, 1674, 1676, 1677, 1681, 1682, 1683, 1685, 1687, 1688, 1690, 1691, 1692, 1703, 1705, 1706, 1710, 1711, 1714, 1721, 1722, 1727, 1731, 1732, 1734, 1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747, 1749, 1750, 1751, 2214, 2217, 2218, 2220, 2227, 2234, 2244, 2248, 2259, 2260, 2261, 2273, 2274, 2276, 2278, 2279, 2286, 2287, 2289, 2290, 2292, 2293, 2294, 2295, 2296, 2371, 2373, 2394, 2395, 2396, 2398, 2399, 2401, 2402, 2458, 2459, 2460, 2467, 2473, 2483, 2493, 2546, 2547, 2548, 2558, 2572, 2573, 2576, 2583, 2584, 2592, 2594, 2595, 2596, 2597, 2608, 2609, 2610, 2612, 2613, 2615, 2616, 2625, 2637, 2643, 2645, 2677, 2681, 2683, 2684, 2686, 2687, 2699, 2700, 2702, 2710, 2717, 2723, 2728, 2729, 2735, 2738, 2744, 2751, 2758, 2766, 2767, 2768, 2806, 2812, 2816, 2833, 2834, 2839, 2857, 2888, 2906, 2908, 2911, 2919, 2921, 2928, 2980, 3004, 3005, 3006, 3007, 3008, 3009, 3010, 3017, 3018, 3019, 3020, 3021, 3022, 3024, 3025, 3029, 3113, 3126, 3127, 3564, 3568, 3582, 3634, 3662, 3684, 3742, 3764, 3779, 3842, 3893, 3931, 3967, 3992, 4134, 4180, 4231, 4250, 4284, 4299, 4319, 4349, 4380, 4403, 4434, 4464, 4496, 4523, 4598, 4620, 4658, 4668, 4702, 4721, 4747, 4789, 4839, 4865, 4934, 4935, 4937, 4960, 4983, 5019, 5050, 5067, 5124, 5137, 5161, 5190, 5192, 5226, 5242, 5270, 5575, 5584, 5593, 5600, 5617, 5621, 5627, 5666, 5668, 5675, 5682, 5691, 5698, 5699, 5700, 5712, 5715, 5730, 5731, 5740, 5741, 5750, 5759, 5765, 5767, 5768, 5769, 5807, 5808, 5810, 5818, 5825, 5838, 5842, 5844, 5845, 5851, 5858, 5872, 5882, 5887, 5895, 5903, 5909, 5910, 5914, 5916, 5917, 5929, 6001, 6002, 6003, 6004, 6006, 6007, 6010, 6012, 6015, 6019, 6020, 6021, 6027, 6028, 6029, 6031, 6033, 6035, 6036, 6037, 6040, 6042, 6045, 6046, 6048, 6246, 6253, 6254, 6255, 6265, 6270, 6287, 6301, 6310, 6311, 6312, 6316, 6317, 6319, 6321, 6327, 6328, 6331, 6332, 6334, 6335, 6336, 7236, 7239, 7243, 7261, 7270, 7273, 7280, 7281, 7283, 7284, 7285, 7287, 7339, 7340, 7343, 7344, 7462, 7463, 7474, 7492, 7499, 7502, 7511, 7512, 7513, 7528, 7583, 7775, 7777, 7779, 7780, 7782, 7787, 7800, 7801, 7817, 7824, 7833, 7836, 7839, 7846, 7854, 7858, 7859, 7860, 7874, 7879, 7888, 7889, 7890, 7894, 7929, 7930, 7951, 7958, 7966, 7967, 7972, 7980, 8024, 8025, 8031, 8034, 8047, 8052, 8053, 8055, 8057, 8097, 8098, 8104, 8111, 8112, 8122, 8131, 8146, 8150, 8152, 8204, 8205, 8210, 8211, 8214, 8216, 8217, 8218, 8227, 8241, 8249, 8263, 8274, 8275, 8277, 8279, 8301, 8312, 8318, 8319, 8331, 8343, 8430, 8442, 8450, 8453, 8459, 8484, 8487, 8488, 8489, 8490, 8492, 8495, 8498, 8509, 8511, 8513, 8541, 8616, 8623, 8627, 8628, 8637, 8659, 8660, 8665, 8666, 8748, 8750, 8751, 8760, 8764, 8770, 8776, 8782, 8792, 8797, 8798, 8816, 8827, 8832, 8837, 8847, 8853, 8857, 8863, 8869, 10476, 10477, 10478, 10485, 10487]);
    var edgeLength = /* @__PURE__ */ new Uint8Array([3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 8, 2, 2, 3, 3, 3, 3, 3, 8, 5, 5, 5, 5, 5, 3, 3, 5, 5, 9, 12, 19, 8, 19, 8, 11, 9, 9, 8, 7, 7, 6, 8, 9, 16, 10, 7, 7, 11, 8, 6, 6, 9, 7, 11, 7, 14, 4, 4, 4, 4, 4, 4, 10, 7, 6, 6, 6, 6, 10, 10, 6, 10, 10, 22, 11, 9, 10, 10, 10, 9, 10, 8, 7, 7, 7, 8, 21, 13, 11, 11, 9, 10, 9, 13, 10, 8, 8, 9, 12, 9, 7, 10, 7, 7, 13, 7, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 8, 4, 6, 3, 3, 3, 3, 3, 3, 1, 2, 5, 3, 3, 3, 3, 7, 2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 7, 8, 5, 2, 2, 7, 4, 5, 7, 2, 2, 1, 4, 1, 11, 9, 9, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 11, 9, 9, 8, 9, 9, 13, 7, 14, 7, 6, 6, 6, 7, 6, 6, 6, 6, 6, 6, 10, 7, 11, 9, 4, 4, 4, 4, 4, 6, 6, 6, 6, 13, 6, 8, 7, 10, 10, 9, 9, 7, 9, 8, 8, 9, 8, 7, 10, 6, 9, 8, 10, 10, 7, 8, 1, 9, 10, 12, 12, 12, 10, 9, 9, 10, 10, 9, 9, 1, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 4, 2, 3, 3, 3, 3, 7, 4, 4, 4, 3, 3, 6, 7, 3, 4, 1, 2, 2, 2, 6, 1, 2, 2, 2, 2, 2, 12, 5, 3, 8, 9, 13, 4, 4, 13, 9, 9, 11, 7, 3, 12, 9, 2, 2, 2, 3, 3, 3, 3, 3, 8, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 7, 10, 15, 15, 7, 15, 20, 15, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 8, 6, 8, 8, 6, 8, 13, 8, 8, 6, 13, 8, 11, 13, 8, 6, 13, 8, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 9, 9, 9, 10, 14, 14, 11, 13, 13, 9, 9, 9, 9, 9, 9, 2, 6, 9, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 3, 3, 3, 3, 3, 3, 7, 7, 2, 3, 2, 2, 5, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 7, 4, 2, 2, 12, 8, 10, 8, 10, 7, 18, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 2, 2, 3, 3, 3, 5, 5, 3, 8, 8, 6, 8, 6, 6, 4, 6, 7, 7, 7, 10, 11, 2, 5, 5, 3, 3, 3, 3, 3, 3, 5, 5, 6, 11, 10, 7, 7, 7, 4, 4, 4, 2, 3, 3, 3, 3, 3, 2, 2, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 11, 7, 6, 9, 6, 6, 8, 10, 8, 6, 8, 13, 4, 4, 4, 4, 4, 10, 8, 11, 8, 8, 8, 10, 10, 7, 5, 4, 4, 4, 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 10, 13, 7, 8, 7, 11, 8, 8, 6, 9, 8, 8, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 9, 7, 6, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 9, 7, 8, 10, 8, 8, 2, 3, 3, 3, 3, 3, 2, 8, 9, 9, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 9, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 5, 5, 3, 5, 4, 2, 3, 2, 4, 3, 9, 2, 2, 2, 2, 2, 5, 5, 3, 3, 8, 8, 13, 6, 10, 9, 4, 7, 9, 11, 2, 3, 7, 3, 3, 4, 1, 3, 4, 2, 9, 3, 3, 12, 5, 3, 7, 10, 10, 7, 4, 4, 6, 14, 7, 9, 7, 13, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 8, 15, 4, 4, 2, 3, 3, 3, 7, 4, 9, 9, 2, 3, 3, 3, 5, 3, 2, 2, 7, 2, 7, 6, 6, 7, 2, 4, 2, 2, 2, 2, 2, 2, 8, 8, 8, 9, 5, 2, 3, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 4, 2, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 2, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 9, 6, 6, 6, 9, 13, 9, 2, 2, 2, 8, 7, 9, 5, 3, 3, 3, 5, 5, 13, 12, 9, 10, 7, 8, 7, 6, 8, 6, 11, 12, 7, 10, 4, 4, 7, 8, 11, 6, 7, 9, 8, 7, 10, 8, 9, 15, 7, 8, 5, 4, 7, 2, 3, 3, 3, 2, 14, 10, 2, 14, 10, 2, 14, 3, 9, 13, 13, 10, 14, 16, 17, 11, 2, 14, 2, 14, 3, 9, 13, 10, 14, 16, 17, 11, 14, 10, 14, 2, 7, 3, 10, 7, 14, 10, 2, 14, 10, 9, 9, 17, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 10, 10, 10, 12, 9, 4, 10, 10, 11, 8, 8, 8, 7, 9, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 4, 4, 4, 4, 4, 4, 6, 16, 3, 3, 14, 3, 14, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 9, 9, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 14, 2, 14, 9, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 14, 17, 16, 17, 11, 2, 14, 9, 13, 10, 14, 16, 17, 11, 2, 14, 9, 13, 10, 17, 16, 11, 17, 2, 14, 10, 19, 7, 2, 14, 9, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 16, 17, 11, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 3, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 14, 10, 10, 10, 14, 9, 9, 9, 9, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 4, 11, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 17, 16, 17, 11, 2, 9, 10, 10, 7, 17, 3, 3, 12, 12, 16, 15, 15, 12, 14, 14, 14, 20, 20, 13, 12, 12, 12, 12, 12, 12, 20, 25, 14, 14, 12, 12, 10, 10, 10, 10, 14, 9, 9, 9, 25, 4, 9, 17, 10, 7, 14, 16, 21, 13, 13, 14, 20, 14, 13, 17, 24, 9, 12, 13, 25, 13, 21, 20, 17, 9, 9, 9, 9, 9, 9, 12, 17, 4, 4, 9, 9, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 9, 10, 14, 12, 12, 14, 14, 10, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 2, 1, 5, 8, 7, 11, 11, 1, 3, 3, 3, 5, 3, 3, 4, 8, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 4, 4, 4, 4, 4, 4, 4, 4, 10, 2, 2, 6, 7, 6, 2, 3, 2, 3, 6, 2, 7, 6, 10, 7, 4, 9, 12, 6, 14, 4, 12, 7, 2, 2, 1, 2, 7, 6, 4, 4, 4, 6, 8, 8, 7, 2, 2, 13, 2, 2, 2, 2, 6, 2, 8, 12, 2, 7, 7, 6, 8, 10, 12, 2, 2, 2, 3, 3, 13, 2, 2, 3, 3, 6, 7, 6, 4, 5, 6, 3, 3, 3, 3, 4, 16, 8, 5, 4, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 12, 7, 7, 13, 9, 10, 17, 12, 8, 9, 7, 17, 17, 8, 5, 12, 10, 13, 14, 5, 5, 5, 13, 5, 5, 5, 3, 3, 3, 5, 16, 5, 5, 5, 5, 7, 12, 14, 8, 12, 8, 10, 12, 9, 11, 7, 9, 7, 10, 7, 13, 13, 9, 7, 12, 8, 17, 7, 7, 16, 10, 13, 13, 8, 10, 10, 14, 17, 7, 16, 16, 15, 8, 10, 10, 12, 17, 17, 7, 17, 14, 7, 10, 17, 8, 7, 7, 7, 8, 15, 15, 7, 14, 10, 10, 10, 11, 11, 7, 7, 13, 8, 10, 7, 16, 7, 8, 7, 14, 17, 12, 10, 11, 21, 8, 9, 7, 13, 9, 8, 6, 13, 6, 12, 7, 6, 13, 10, 10, 10, 8, 18, 9, 17, 13, 10, 12, 6, 13, 6, 11, 8, 13, 10, 13, 18, 13, 11, 13, 8, 16, 7, 10, 8, 16, 12, 10, 8, 8, 14, 11, 8, 15, 8, 8, 7, 7, 12, 7, 8, 9, 14, 15, 8, 9, 10, 9, 15, 7, 8, 8, 12, 13, 9, 10, 15, 13, 7, 10, 10, 20, 7, 6, 9, 6, 6, 14, 11, 14, 11, 12, 9, 10, 16, 16, 12, 7, 11, 28, 8, 11, 10, 7, 21, 8, 7, 9, 4, 4, 4, 17, 7, 8, 6, 9, 6, 6, 13, 6, 6, 6, 6, 18, 20, 14, 8, 11, 12, 9, 10, 13, 15, 15, 19, 8, 9, 12, 7, 10, 16, 12, 9, 9, 9, 14, 12, 11, 10, 9, 12, 11, 18, 9, 9, 9, 10, 7, 7, 16, 8, 9, 7, 13, 12, 10, 14, 18, 7, 8, 11, 10, 7, 7, 8, 8, 13, 7, 7, 7, 11, 15, 13, 11, 7, 8, 15, 11, 7, 8, 18, 8, 14, 13, 18, 15, 10, 12, 12, 9, 7, 11, 11, 8, 7, 10, 8, 14, 12, 10, 18, 7, 10, 9, 7, 8, 13, 10, 14, 10, 8, 8, 23, 7, 7, 11, 12, 12, 17, 7, 7, 11, 11, 17, 16, 16, 7, 8, 11, 14, 14, 8, 10, 7, 15, 7, 16, 16, 13, 9, 11, 9, 15, 15, 11, 11, 7, 7, 14, 7, 9, 7, 7, 16, 10, 13, 10, 11, 14, 7, 11, 10, 11, 7, 11, 10, 11, 15, 11, 15, 10, 12, 10, 14, 13, 11, 11, 12, 13, 10, 7, 13, 16, 12, 21, 15, 9, 10, 10, 7, 11, 14, 17, 7, 7, 8, 11, 13, 12, 8, 15, 14, 14, 8, 17, 12, 10, 10, 7, 9, 11, 7, 10, 7, 11, 18, 7, 11, 7, 12, 11, 8, 8, 14, 12, 7, 8, 15, 3, 7, 7, 5, 2, 9, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3, 5, 11, 6, 4, 7, 10, 7, 7, 11, 1, 10, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 3, 5, 6, 3, 3, 5, 2, 2, 5, 3, 4, 13, 11, 3, 3, 6, 3, 5, 14, 2, 2, 3, 8, 2, 2, 12, 5, 18, 5, 3, 3, 3, 3, 16, 5, 5, 5, 10, 7, 13, 12, 13, 9, 12, 14, 19, 9, 9, 21, 9, 9, 10, 6, 9, 6, 15, 10, 6, 12, 8, 6, 10, 15, 4, 4, 6, 6, 9, 9, 12, 16, 14, 23, 7, 7, 7, 14, 9, 7, 7, 11, 14, 10, 7, 10, 10, 10, 12, 6, 11, 10, 13, 11, 15, 11, 7, 12, 10, 3, 7, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 3, 7, 5, 1, 5, 2, 2, 2, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 10, 9, 11, 8, 7, 12, 8, 9, 7, 6, 13, 11, 6, 13, 7, 9, 9, 4, 4, 4, 4, 4, 6, 10, 7, 8, 13, 11, 8, 8, 9, 14, 7, 14, 8, 10, 7, 9, 7, 7, 9, 6, 9, 2, 12, 5, 3, 3, 13, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 1, 7, 6, 4, 12, 3, 3, 3, 3, 3, 8, 7, 3, 3, 3, 3, 3, 3, 4, 4, 11, 15, 14, 2, 8, 3, 5, 5, 8, 10, 8, 6, 4, 7, 17, 7, 4, 5, 2, 6, 3, 5, 4, 2, 2, 12, 5, 5, 3, 15, 13, 8, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 3, 3, 3, 3, 4, 2, 3, 18, 2, 12, 5, 3, 3, 3, 3, 3, 5, 16, 8, 8, 9, 6, 6, 4, 4, 4, 4, 31, 6, 6, 10, 11, 21, 10, 9, 7, 10, 7, 7, 2, 4, 4, 4, 4, 6, 5, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 4, 6, 2, 2, 2, 5, 3, 3, 3, 7, 7, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 8, 2, 3, 3, 3, 3, 3, 5, 9, 11, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 5, 10, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 11, 10, 10, 10, 10, 10, 11, 10, 11, 10, 11, 10, 9, 9, 11, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 5, 5, 3, 7, 8, 8, 7, 6, 6, 11, 4, 4, 4, 4, 7, 8, 9, 9, 2, 3, 7, 4, 4, 2, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 2, 2, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 7, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 8, 8, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 6, 9, 12, 3, 7, 10, 7, 2, 2, 3, 3, 3, 3, 3, 4, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 6, 6, 8, 6, 7, 4, 4, 4, 4, 4, 4, 6, 7, 5, 5, 20, 19, 8, 10, 9, 7, 10, 6, 8, 11, 6, 6, 6, 6, 13, 12, 8, 6, 7, 14, 11, 9, 2, 5, 3, 6, 2, 3, 2, 2, 2, 2, 2, 2, 2, 5, 4, 3, 7, 6, 4, 7, 4, 3, 6, 4, 7, 2, 2, 7, 7, 7, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 9, 10, 10, 10, 11, 7, 8, 20, 7, 9, 8, 9, 8, 12, 6, 6, 6, 8, 9, 8, 12, 6, 6, 8, 13, 10, 12, 6, 6, 7, 7, 9, 6, 4, 4, 4, 4, 4, 4, 10, 6, 6, 6, 7, 14, 11, 10, 7, 8, 10, 8, 11, 14, 11, 11, 9, 7, 9, 8, 11, 13, 9, 17, 10, 9, 2, 2, 2, 9, 3, 3, 3, 3, 15, 14, 9, 5, 5, 2, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 15, 12, 22, 19, 17, 18, 18, 19, 21, 7, 16, 16, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 16, 11, 11, 7, 7, 7, 7, 17, 7, 8, 12, 15, 9, 19, 7, 19, 8, 21, 11, 12, 19, 14, 22, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16, 16, 19, 24, 12, 7, 14, 7, 12, 7, 8, 10, 10, 13, 7, 12, 12, 7, 7, 10, 18, 15, 12, 16, 7, 14, 12, 17, 10, 16, 17, 12, 17, 25, 7, 7, 7, 13, 6, 9, 6, 9, 18, 6, 6, 11, 20, 10, 6, 6, 6, 6, 6, 6, 17, 6, 6, 6, 15, 6, 6, 6, 6, 6, 8, 14, 11, 12, 11, 15, 13, 19, 17, 21, 7, 18, 8, 13, 13, 8, 12, 8, 6, 6, 13, 6, 15, 15, 16, 6, 6, 16, 6, 6, 6, 14, 6, 18, 6, 6, 6, 17, 18, 9, 13, 15, 8, 19, 8, 15, 15, 18, 14, 16, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 11, 10, 11, 6, 21, 23, 12, 17, 12, 11, 14, 13, 22, 15, 15, 11, 12, 14, 12, 7, 12, 8, 12, 14, 12, 18, 10, 8, 16, 19, 17, 12, 14, 15, 8, 19, 17, 12, 13, 13, 15, 18, 13, 23, 24, 23, 21, 17, 24, 8, 21, 8, 14, 14, 16, 20, 14, 8, 8, 15, 20, 8, 19, 21, 9, 8, 13, 12, 13, 15, 11, 8, 11, 9, 9, 8, 11, 8, 21, 14, 21, 15, 15, 13, 7, 19, 7, 7, 7, 7, 7, 7, 16, 12, 17, 18, 7, 7, 11, 11, 7, 9, 9, 2, 2, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 10, 10, 7, 9, 7, 7, 7, 6, 8, 6, 6, 6, 6, 6, 6, 6, 7, 6, 8, 6, 6, 9, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4, 4, 8, 9, 8, 7, 8, 7, 8, 10, 7, 5, 5, 5, 5, 5, 5, 3, 9, 7, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 9, 11, 13, 7, 8, 9, 9, 5, 5, 5, 7, 8, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 7, 10, 9, 10, 7, 8, 5, 5, 5, 5, 5, 5, 7, 7, 9, 8, 7, 7, 6, 6, 6, 6, 6, 6, 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 10, 4, 4, 4, 4, 8, 7, 7, 10, 10, 9, 8, 8, 15, 9, 8, 8, 8, 8, 8, 9, 10, 9, 10, 7, 8, 13, 5, 5, 5, 5, 5, 3, 3, 7, 7, 8, 6, 6, 6, 4, 4, 11, 9, 7, 8, 9, 10, 7, 5, 5, 5, 5, 5, 3, 3, 7, 6, 6, 13, 7, 9, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 7, 8, 7, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 6, 7, 6, 7, 6, 6, 9, 7, 4, 4, 4, 4, 4, 4, 4, 7, 8, 7, 8, 9, 8, 8, 8, 7, 10, 7, 8, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 7, 9, 7, 10, 9, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 7, 6, 6, 6, 9, 9, 4, 4, 13, 7, 10, 9, 9, 12, 7, 8, 8, 10, 8, 8, 8, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 11, 7, 9, 8, 8, 6, 6, 10, 6, 8, 8, 8, 6, 7, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 8, 16, 8, 9, 8, 7, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 10, 15, 8, 9, 8, 9, 9, 6, 6, 6, 6, 6, 6, 7, 4, 8, 7, 8, 8, 7, 8, 11, 8, 5, 5, 5, 5, 5, 3, 7, 7, 6, 11, 16, 7, 6, 4, 4, 4, 4, 9, 9, 8, 8, 8, 13, 12, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 7, 8, 8, 9, 13, 7, 7, 7, 9, 8, 8, 9, 12, 7, 12, 7, 12, 8, 7, 10, 12, 9, 9, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 9, 11, 8, 6, 6, 6, 6, 6, 12, 7, 6, 6, 6, 9, 7, 7, 6, 6, 6, 6, 6, 11, 9, 6, 6, 6, 6, 6, 7, 9, 4, 4, 4, 4, 4, 4, 4, 4, 9, 9, 9, 9, 7, 7, 7, 7, 7, 11, 7, 7, 8, 8, 8, 8, 8, 8, 9, 8, 9, 9, 7, 7, 11, 11, 7, 12, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 13, 12, 8, 8, 8, 8, 7, 7, 7, 9, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 11, 7, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 10, 11, 6, 7, 9, 4, 4, 4, 4, 4, 4, 9, 9, 8, 9, 8, 8, 8, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 11, 7, 7, 7, 9, 6, 6, 11, 8, 10, 6, 6, 6, 12, 8, 8, 7, 6, 6, 8, 7, 4, 4, 4, 4, 4, 4, 4, 4, 9, 10, 9, 9, 8, 10, 9, 11, 8, 5, 5, 5, 7, 6, 6, 8, 7, 4, 4, 4, 4, 8, 7, 7, 8, 7, 8, 8, 5, 5, 5, 5, 7, 7, 8, 8, 8, 6, 6, 6, 6, 6, 10, 8, 9, 13, 6, 7, 6, 6, 8, 7, 8, 4, 4, 4, 4, 11, 8, 8, 8, 10, 5, 5, 8, 7, 8, 13, 8, 7, 6, 8, 6, 9, 7, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 6, 4, 8, 10, 10, 8, 12, 9, 13, 2, 7, 5, 5, 5, 5, 5, 7, 7, 10, 6, 6, 6, 6, 6, 6, 6, 8, 4, 4, 9, 8, 8, 8, 14, 8, 8, 8, 9, 8, 5, 5, 5, 5, 5, 3, 3, 9, 6, 6, 6, 6, 10, 12, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 11, 8, 7, 8, 8, 8, 5, 5, 3, 3, 3, 3, 7, 7, 6, 8, 6, 8, 11, 7, 6, 6, 6, 7, 4, 8, 11, 9, 10, 5, 5, 5, 3, 3, 3, 7, 7, 8, 9, 8, 15, 9, 6, 6, 6, 6, 6, 6, 11, 11, 4, 4, 4, 4, 4, 7, 9, 9, 10, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 7, 4, 4, 4, 4, 4, 9, 9, 8, 8, 10, 13, 5, 5, 5, 3, 17, 7, 7, 7, 7, 7, 8, 6, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 9, 10, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 7, 8, 8, 6, 6, 6, 8, 8, 8, 9, 10, 8, 4, 8, 10, 9, 8, 8, 8, 9, 13, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 9, 7, 7, 7, 10, 9, 9, 8, 9, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 12, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 11, 8, 8, 9, 9, 10, 8, 9, 7, 7, 5, 5, 5, 5, 5, 5, 3, 7, 8, 7, 6, 6, 8, 6, 6, 10, 4, 7, 8, 9, 12, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 14, 7, 9, 8, 8, 6, 6, 8, 12, 12, 6, 6, 7, 7, 10, 4, 4, 4, 4, 4, 9, 9, 14, 9, 13, 8, 7, 5, 5, 5, 6, 6, 6, 7, 4, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 8, 6, 6, 6, 6, 6, 6, 12, 6, 6, 6, 6, 4, 4, 9, 9, 8, 8, 11, 7, 7, 7, 5, 5, 5, 3, 9, 8, 6, 6, 7, 4, 4, 4, 4, 4, 4, 8, 8, 11, 5, 5, 5, 7, 7, 7, 9, 6, 6, 6, 6, 6, 6, 9, 8, 4, 4, 4, 4, 7, 12, 9, 8, 8, 8, 7, 10, 10, 5, 5, 5, 5, 5, 5, 5, 3, 11, 14, 8, 7, 8, 8, 6, 6, 6, 6, 6, 8, 7, 6, 6, 6, 7, 6, 8, 9, 4, 4, 4, 7, 8, 9, 7, 9, 7, 7, 9, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 9, 7, 7, 12, 14, 8, 6, 6, 12, 11, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 15, 7, 4, 4, 4, 16, 9, 9, 9, 8, 9, 9, 9, 9, 9, 8, 8, 8, 13, 11, 8, 5, 5, 5, 5, 3, 7, 6, 6, 8, 8, 8, 6, 6, 7, 10, 7, 4, 4, 4, 4, 9, 7, 8, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 9, 6, 6, 6, 6, 6, 8, 8, 7, 7, 9, 6, 6, 6, 7, 6, 6, 6, 6, 6, 15, 4, 4, 4, 4, 4, 8, 8, 7, 8, 12, 9, 8, 8, 8, 8, 8, 9, 8, 8, 10, 8, 8, 8, 8, 16, 9, 10, 2, 5, 5, 5, 5, 5, 5, 5, 9, 7, 6, 8, 9, 4, 4, 4, 4, 4, 7, 8, 8, 8, 9, 8, 11, 10, 5, 5, 5, 5, 3, 7, 8, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 4, 12, 10, 12, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 3, 3, 7, 7, 10, 8, 9, 7, 6, 10, 7, 6, 6, 4, 4, 8, 9, 7, 9, 9, 9, 9, 8, 8, 8, 8, 10, 5, 5, 5, 5, 5, 5, 8, 7, 6, 6, 6, 10, 6, 7, 10, 7, 4, 4, 4, 4, 4, 4, 4, 12, 9, 10, 7, 7, 10, 8, 10, 5, 12, 9, 6, 6, 6, 6, 6, 7, 6, 4, 4, 4, 10, 9, 9, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 13, 7, 7, 9, 7, 7, 7, 8, 9, 9, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 15, 15, 4, 4, 4, 4, 4, 10, 10, 9, 8, 9, 8, 8, 9, 7, 8, 7, 8, 5, 5, 7, 6, 6, 6, 4, 4, 4, 7, 8, 11, 8, 5, 5, 5, 5, 5, 5, 5, 7, 6, 6, 6, 6, 6, 6, 9, 11, 10, 7, 4, 4, 4, 9, 8, 8, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 6, 6, 6, 9, 9, 4, 4, 4, 4, 8, 8, 8, 9, 9, 8, 8, 8, 13, 2, 4, 2, 7, 5, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 10, 8, 8, 8, 6, 6, 6, 4, 4, 9, 8, 10, 8, 9, 8, 8, 8, 9, 8, 8, 5, 3, 3, 3, 11, 6, 6, 6, 7, 6, 6, 6, 4, 4, 9, 8, 5, 5, 5, 5, 5, 3, 11, 8, 6, 6, 6, 6, 6, 9, 7, 4, 4, 14, 10, 9, 8, 12, 8, 8, 8, 11, 15, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 11, 11, 10, 10, 7, 7, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 7, 11, 7, 7, 11, 11, 7, 8, 9, 10, 7, 7, 9, 9, 9, 9, 7, 7, 10, 8, 13, 8, 8, 8, 8, 11, 10, 6, 6, 8, 10, 11, 14, 14, 6, 6, 6, 6, 6, 6, 9, 11, 7, 7, 6, 8, 12, 11, 11, 6, 6, 10, 6, 6, 6, 6, 6, 10, 7, 7, 6, 6, 11, 6, 6, 6, 11, 8, 9, 7, 6, 10, 11, 9, 10, 11, 7, 11, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 6, 6, 8, 9, 10, 9, 6, 6, 6, 10, 6, 6, 6, 6, 11, 10, 11, 10, 9, 8, 7, 7, 7, 7, 11, 14, 8, 10, 9, 9, 8, 8, 7, 11, 8, 8, 8, 11, 11, 10, 10, 9, 10, 8, 11, 10, 8, 11, 9, 12, 8, 10, 8, 11, 8, 9, 9, 11, 11, 10, 11, 13, 8, 7, 8, 8, 9, 7, 8, 8, 8, 8, 7, 8, 2, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 8, 6, 4, 4, 4, 11, 7, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 8, 7, 7, 8, 8, 4, 8, 7, 7, 7, 9, 7, 8, 9, 8, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 3, 3, 8, 8, 6, 9, 4, 4, 10, 7, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 2, 2, 2, 3, 3, 3, 3, 3, 4, 10, 2, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 5, 2, 4, 2, 6, 2, 2, 9, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 9, 8, 7, 9, 6, 6, 11, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 7, 7, 11, 8, 8, 6, 5, 11, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 3, 3, 3, 3, 5, 7, 2, 3, 3, 3, 3, 3, 8, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 6, 3, 3, 8, 10, 3, 4, 4, 1, 1, 1, 1, 1, 1, 1, 8, 9, 10, 7, 7, 1, 14, 18, 13, 18, 13, 10, 10, 16, 13, 18, 16, 13, 16, 18, 13, 22, 16, 16, 16, 14, 21, 16, 9, 14, 16, 9, 9, 14, 10, 10, 14, 12, 14, 19, 12, 11, 18, 13, 17, 15, 15, 15, 15, 16, 14, 13, 19, 18, 15, 19, 18, 12, 18, 12, 11, 20, 14, 15, 10, 17, 17, 16, 19, 20, 21, 15, 13, 16, 15, 15, 15, 1, 1, 3, 8, 7, 7, 8, 8, 8, 1, 6, 1, 1, 6, 3, 3, 4, 7, 3, 3, 5, 5, 4, 4, 4, 4, 4, 2, 7, 7, 8, 12, 3, 4, 5, 1, 3, 4, 4, 10, 4, 3, 3, 3, 8, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 9, 20, 7, 5, 5, 5, 9, 13, 5, 5, 5, 5, 5, 3, 3, 3, 16, 5, 5, 5, 13, 7, 8, 8, 11, 8, 7, 9, 7, 11, 12, 9, 9, 8, 8, 11, 10, 14, 7, 12, 10, 11, 13, 7, 9, 11, 17, 17, 14, 13, 7, 8, 7, 10, 10, 7, 16, 13, 7, 8, 17, 12, 9, 8, 6, 7, 10, 6, 6, 12, 6, 8, 10, 8, 8, 8, 6, 8, 6, 14, 6, 6, 6, 13, 6, 10, 6, 6, 7, 14, 8, 6, 6, 10, 11, 10, 9, 9, 7, 7, 6, 6, 6, 9, 9, 7, 9, 10, 9, 13, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 8, 8, 6, 8, 9, 10, 9, 7, 10, 10, 8, 7, 8, 7, 10, 12, 9, 8, 15, 8, 7, 8, 8, 7, 7, 15, 13, 7, 10, 9, 14, 18, 16, 7, 24, 7, 8, 10, 11, 16, 8, 14, 7, 9, 9, 9, 13, 19, 14, 15, 14, 11, 7, 13, 9, 10, 7, 13, 9, 10, 11, 12, 8, 9, 2, 3, 5, 8, 7, 4, 4, 15, 10, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 12, 5, 3, 8, 10, 15, 6, 7, 2, 3, 2, 5, 5, 12, 2, 5, 5, 5, 5, 2, 2, 5, 5, 12, 9, 5, 2, 2, 9, 5, 5, 12, 12, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 12, 5, 8, 8, 9, 5, 5, 5, 8, 19, 7, 16, 15, 14, 9, 9, 9, 9, 7, 11, 11, 11, 7, 14, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 14, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 12, 9, 9, 12, 12, 12, 15, 7, 11, 7, 14, 11, 18, 13, 8, 18, 15, 18, 12, 14, 12, 8, 8, 8, 8, 9, 9, 9, 12, 7, 10, 10, 8, 8, 12, 12, 12, 7, 12, 12, 9, 7, 7, 7, 7, 7, 8, 15, 12, 9, 10, 10, 7, 10, 10, 13, 11, 10, 9, 22, 11, 9, 8, 8, 8, 8, 8, 13, 18, 13, 9, 15, 19, 9, 7, 7, 10, 7, 7, 7, 11, 8, 13, 17, 7, 7, 10, 10, 10, 7, 20, 16, 7, 7, 7, 7, 7, 7, 11, 21, 12, 12, 13, 11, 14, 16, 8, 8, 13, 11, 7, 7, 13, 7, 7, 14, 15, 15, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 13, 10, 18, 6, 6, 6, 6, 6, 6, 6, 6, 6, 11, 8, 8, 12, 12, 11, 11, 8, 12, 9, 9, 9, 13, 13, 9, 9, 9, 9, 9, 9, 6, 10, 12, 6, 6, 6, 6, 17, 11, 7, 7, 7, 7, 14, 14, 12, 6, 7, 7, 6, 6, 15, 10, 13, 10, 6, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 9, 15, 13, 6, 12, 12, 6, 19, 11, 10, 7, 7, 16, 8, 19, 17, 9, 9, 9, 9, 9, 6, 6, 6, 10, 8, 16, 8, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 6, 6, 20, 6, 9, 6, 14, 9, 9, 9, 6, 9, 8, 8, 12, 9, 8, 8, 8, 8, 7, 8, 12, 7, 8, 8, 8, 6, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 8, 6, 6, 13, 9, 12, 13, 12, 14, 13, 12, 11, 11, 6, 8, 8, 8, 6, 13, 12, 11, 11, 12, 6, 11, 12, 11, 13, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 15, 6, 6, 6, 6, 6, 6, 6, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 8, 6, 18, 6, 12, 13, 13, 13, 9, 10, 15, 9, 12, 6, 6, 6, 6, 6, 6, 6, 6, 9, 15, 10, 9, 10, 13, 9, 19, 8, 18, 17, 10, 10, 8, 8, 6, 6, 6, 6, 6, 6, 10, 14, 8, 16, 16, 9, 8, 15, 8, 8, 10, 12, 14, 7, 7, 8, 8, 7, 7, 7, 7, 8, 13, 13, 11, 9, 9, 9, 12, 10, 17, 8, 11, 9, 7, 7, 14, 8, 14, 14, 7, 7, 7, 7, 7, 7, 14, 7, 7, 7, 7, 7, 10, 10, 8, 14, 7, 7, 7, 7, 8, 8, 8, 8, 8, 17, 9, 7, 15, 7, 8, 12, 7, 9, 14, 7, 7, 7, 9, 13, 8, 14, 7, 16, 18, 13, 15, 14, 12, 13, 10, 15, 9, 7, 7, 7, 10, 13, 15, 15, 9, 9, 9, 9, 19, 11, 7, 11, 11, 13, 8, 8, 8, 8, 7, 12, 19, 17, 9, 9, 13, 7, 7, 7, 9, 7, 7, 7, 12, 13, 15, 10, 8, 8, 14, 15, 12, 13, 13, 8, 12, 14, 7, 11, 7, 14, 15, 13, 12, 8, 8, 8, 8, 11, 13, 15, 15, 8, 13, 12, 8, 8, 8, 13, 10, 16, 14, 11, 8, 8, 12, 12, 9, 15, 15, 12, 12, 13, 8, 8, 9, 12, 13, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 11, 12, 11, 7, 14, 7, 13, 13, 13, 12, 18, 16, 7, 12, 11, 10, 10, 15, 9, 9, 9, 21, 7, 7, 7, 11, 16, 8, 8, 11, 11, 7, 7, 7, 7, 7, 19, 7, 7, 7, 7, 7, 7, 7, 7, 7, 12, 8, 9, 12, 14, 11, 9, 9, 9, 22, 12, 3, 3, 4, 8, 8, 15, 4, 2, 2, 5, 5, 3, 3, 3, 3, 3, 3, 6, 6, 4, 4, 4, 12, 7, 10, 2, 3, 3, 3, 3, 3, 3, 3, 6, 7, 3, 7, 5, 14, 4, 4, 7, 8, 10, 4, 1, 3, 3, 6, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 2, 2, 5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 11, 5, 5, 5, 11, 5, 5, 3, 5, 5, 5, 5, 11, 14, 13, 9, 11, 9, 12, 8, 11, 11, 8, 11, 16, 9, 9, 7, 10, 9, 12, 8, 15, 6, 7, 6, 6, 13, 10, 8, 11, 8, 6, 6, 6, 12, 16, 6, 11, 7, 8, 9, 18, 6, 6, 9, 4, 4, 6, 13, 6, 6, 6, 6, 8, 8, 9, 16, 7, 7, 14, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 15, 13, 7, 10, 7, 7, 10, 12, 16, 15, 7, 9, 9, 14, 11, 11, 10, 9, 10, 8, 12, 7, 8, 7, 7, 10, 12, 7, 12, 8, 7, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 3, 3, 5, 5, 5, 10, 8, 7, 4, 4, 4, 8, 7, 10, 9, 7, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 7, 4, 5, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 2, 2, 2, 8, 12, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 7, 11, 9, 8, 8, 8, 7, 8, 9, 7, 7, 9, 7, 7, 7, 10, 7, 7, 10, 9, 10, 6, 6, 6, 6, 6, 6, 15, 7, 8, 9, 9, 8, 6, 6, 10, 9, 6, 8, 13, 9, 7, 6, 6, 6, 6, 6, 6, 12, 6, 6, 7, 6, 7, 6, 6, 6, 10, 10, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 14, 6, 6, 7, 7, 9, 6, 6, 6, 6, 9, 9, 8, 9, 10, 9, 8, 9, 12, 7, 7, 7, 8, 7, 10, 12, 11, 9, 10, 7, 7, 7, 9, 10, 10, 8, 12, 9, 7, 7, 9, 8, 8, 8, 10, 7, 7, 8, 9, 9, 7, 7, 7, 8, 2, 4, 2, 4, 6, 3, 4, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 6, 4, 7, 3, 3, 3, 3, 3, 3, 3, 12, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 5, 3, 4, 7, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 6, 4, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 4, 2, 7, 6, 8, 9, 2, 2, 2, 2, 3, 3, 3, 5, 7, 2, 3, 3, 8, 7, 7, 2, 2, 8, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 7, 7, 6, 10, 6, 9, 7, 11, 4, 6, 8, 8, 7, 8, 4, 2, 5, 5, 5, 5, 3, 3, 3, 11, 8, 9, 6, 6, 8, 7, 4, 4, 7, 6, 8, 7, 2, 2, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 7, 2, 2, 5, 3, 3, 2, 3, 3, 3, 3, 3, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 12, 5, 5, 3, 3, 3, 5, 10, 12, 6, 15, 4, 6, 6, 7, 14, 9, 3, 3, 3, 3, 3, 8, 2, 2, 3, 5, 5, 3, 3, 3, 3, 3, 3, 8, 8, 6, 8, 7, 5, 8, 4, 6, 11, 2, 2, 7, 3, 3, 2, 9, 8, 5, 5, 5, 3, 3, 3, 5, 5, 5, 7, 7, 6, 6, 10, 6, 8, 6, 8, 9, 7, 4, 4, 4, 4, 4, 7, 6, 6, 8, 7, 7, 10, 9, 9, 8, 11, 8, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 7, 6, 2, 5, 5, 6, 7, 6, 4, 8, 9, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 2, 5, 3, 3, 3, 3, 3, 9, 9, 6, 4, 8, 7, 7, 5, 9, 8, 6, 2, 6, 8, 7, 8, 5, 5, 5, 5, 5, 3, 3, 3, 16, 8, 7, 7, 7, 8, 7, 7, 7, 7, 9, 6, 9, 6, 10, 7, 7, 7, 6, 10, 8, 9, 11, 11, 8, 4, 4, 10, 8, 8, 6, 9, 6, 11, 8, 8, 8, 15, 7, 8, 9, 5, 3, 3, 3, 3, 3, 5, 2, 2, 3, 8, 9, 10, 3, 2, 2, 2, 2, 2, 2, 3, 6, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 11, 5, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 12, 7, 4, 12, 4, 6, 5, 4, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 11, 10, 6, 4, 6, 10, 8, 3, 3, 3, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 4, 4, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 8, 8, 7, 13, 12, 10, 10, 8, 8, 7, 7, 9, 12, 11, 6, 6, 8, 8, 9, 7, 7, 7, 10, 15, 10, 4, 4, 4, 4, 4, 11, 8, 8, 9, 7, 9, 14, 14, 12, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 12, 5, 5, 5, 11, 10, 7, 9, 3, 8, 7, 3, 15, 13, 11, 4, 4, 2, 2, 2, 19, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 5, 22, 18, 6, 14, 17, 4, 4, 19, 16, 18, 2, 3, 3, 7, 2, 3, 2, 3, 3, 6, 4, 2, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 9, 9, 2, 3, 2, 2, 2, 3, 3, 3, 5, 7, 14, 7, 7, 12, 9, 13, 6, 11, 6, 10, 9, 7, 7, 8, 12, 12, 8, 8, 8, 10, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 5, 8, 10, 7, 8, 11, 8, 12, 9, 4, 14, 7, 7, 9, 13, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 3, 2, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 12, 9, 8, 8, 9, 8, 6, 17, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 4, 4, 8, 8, 9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9, 7, 8, 8, 8, 10, 7, 13, 10, 8, 9, 3, 3, 5, 3, 3, 3, 3, 3, 7, 7, 6, 6, 10, 13, 11, 11, 8, 8, 9, 8, 9, 9, 10, 10, 10, 11, 10, 10, 13, 13, 16, 15, 11, 12, 9, 9, 10, 9, 11, 10, 9, 9, 14, 7, 8, 3, 10, 7, 7, 3, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 11, 6, 7, 4, 6, 2, 2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 6, 4, 4, 2, 2, 2, 3, 3, 3, 3, 4, 4, 6, 6, 6, 6, 5, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 11, 6, 10, 9, 12, 7, 7, 11, 14, 9, 7, 12, 3, 3, 7, 12, 11, 12, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 10, 3, 3, 3, 11, 3, 5, 9, 11, 8, 12, 14, 9, 7, 8, 7, 7, 11, 11, 7, 7, 10, 9, 8, 10, 9, 7, 7, 7, 7, 7, 7, 8, 8, 7, 11, 8, 8, 8, 7, 7, 10, 8, 7, 13, 12, 7, 17, 10, 8, 8, 11, 7, 11, 11, 14, 7, 11, 7, 8, 6, 9, 20, 8, 7, 9, 16, 7, 10, 6, 11, 10, 8, 9, 7, 16, 11, 11, 9, 8, 9, 8, 8, 8, 11, 8, 15, 8, 8, 9, 7, 8, 8, 11, 10, 7, 5, 7, 10, 10, 15, 7, 7, 7, 8, 7, 8, 8, 10, 11, 10, 10, 10, 11, 11, 7, 8, 6, 8, 8, 10, 6, 8, 6, 6, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 16, 6, 15, 6, 7, 11, 11, 7, 9, 10, 11, 13, 10, 6, 16, 8, 10, 12, 11, 6, 6, 6, 6, 6, 6, 6, 10, 6, 10, 7, 7, 7, 11, 7, 11, 6, 6, 6, 6, 6, 6, 17, 7, 7, 6, 6, 12, 22, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 7, 6, 6, 5, 6, 6, 8, 11, 6, 9, 14, 11, 9, 11, 7, 7, 8, 6, 6, 6, 8, 10, 9, 6, 6, 6, 6, 9, 7, 6, 6, 6, 6, 6, 15, 6, 4, 4, 4, 6, 4, 17, 8, 11, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6, 6, 6, 6, 10, 6, 10, 6, 6, 6, 6, 12, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 6, 6, 18, 6, 6, 6, 8, 9, 10, 7, 8, 9, 10, 11, 7, 13, 6, 8, 8, 6, 6, 14, 7, 7, 7, 7, 10, 7, 14, 9, 6, 6, 9, 15, 9, 7, 14, 6, 11, 14, 13, 7, 12, 8, 7, 7, 7, 7, 7, 12, 7, 10, 9, 16, 6, 8, 6, 5, 17, 6, 8, 10, 4, 6, 4, 10, 15, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 4, 4, 11, 7, 4, 4, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 19, 17, 6, 10, 11, 6, 6, 6, 6, 18, 6, 6, 11, 4, 4, 4, 5, 6, 6, 6, 9, 5, 6, 4, 6, 6, 4, 6, 6, 6, 6, 10, 6, 6, 4, 6, 6, 10, 6, 10, 6, 6, 6, 6, 11, 6, 6, 10, 6, 6, 8, 6, 6, 6, 8, 6, 11, 4, 11, 9, 10, 9, 11, 4, 8, 4, 11, 12, 7, 9, 8, 6, 7, 7, 8, 12, 12, 11, 13, 10, 11, 7, 7, 7, 9, 7, 11, 10, 7, 7, 7, 16, 11, 10, 11, 17, 9, 9, 8, 8, 7, 7, 7, 9, 7, 7, 7, 14, 7, 13, 9, 11, 10, 14, 10, 10, 12, 11, 10, 7, 10, 5, 14, 8, 8, 8, 9, 7, 8, 7, 7, 9, 8, 7, 8, 7, 7, 7, 7, 7, 7, 7, 11, 8, 10, 8, 7, 8, 14, 11, 8, 9, 9, 9, 8, 24, 10, 10, 12, 7, 7, 15, 11, 8, 8, 12, 11, 8, 9, 9, 7, 8, 9, 10, 11, 10, 11, 7, 12, 7, 7, 11, 9, 8, 14, 13, 12, 8, 11, 10, 8, 8, 7, 7, 14, 9, 10, 8, 9, 11, 7, 14, 8, 8, 13, 8, 8, 12, 7, 10, 14, 14, 11, 9, 10, 9, 9, 7, 7, 11, 11, 13, 9, 13, 5, 5, 5, 7, 9, 5, 11, 12, 14, 8, 7, 7, 11, 10, 9, 7, 8, 8, 7, 10, 11, 11, 5, 5, 7, 5, 5, 5, 7, 7, 15, 7, 7, 8, 7, 15, 12, 12, 10, 7, 8, 7, 11, 7, 7, 7, 23, 11, 8, 8, 11, 10, 7, 8, 11, 7, 19, 7, 7, 6, 9, 9, 9, 11, 3, 4, 7, 8, 6, 6, 4, 10, 8, 2, 2]);
    var edgeChild = /* @__PURE__ */ new Uint16Array([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 1, 1, 1, 1, 1, 18, 1, 1, 1, 1, 1, 1, 11, 1, 11, 1, 11, 14, 1, 1, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 15, 24, 1, 1, 1, 1, 1, 1, 21, 1, 1, 1, 1, 22, 11, 1, 1, 1, 1, 1, 1, 1, 1, 23, 1, 1, 1, 17, 19, 1, 1, 16, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 20, 1, 1, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 27, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 11, 11, 11, 11, 1, 36, 0, 0, 0, 1, 1, 1, 1, 39, 38, 1, 1, 1, 1, 1, 37, 1, 1, 1, 1, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 43, 44, 0, 0, 0, 0, 11, 1, 1, 1, 11, 1, 1, 1, 47, 49, 49, 49, 47, 49, 47, 47, 48, 49, 47, 49, 47, 47, 47, 47, 47, 47, 49, 47, 47, 48, 47, 47, 47, 47, 49, 50, 50, 48, 49, 47, 47, 47, 47, 47, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 53, 55, 53, 53, 53, 55, 53, 54, 53, 56, 53, 54, 54, 53, 53, 53, 54, 56, 54, 56, 53, 54, 54, 11, 58, 58, 57, 59, 54, 56, 53, 53, 51, 52, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 63, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 70, 71, 11, 1, 1, 69, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 80, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 11, 1, 1, 1, 1, 96, 1, 98, 1, 1, 1, 1, 1, 1, 1, 1, 101, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 104, 104, 1, 1, 11, 1, 107, 1, 1, 1, 1, 1, 1, 1, 105, 1, 106, 1, 108, 1, 1, 1, 1, 1, 109, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 117, 118, 1, 1, 1, 1, 1, 1, 120, 120, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 128, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 133, 130, 132, 127, 1, 131, 1, 1, 121, 1, 1, 1, 1, 124, 1, 134, 1, 1, 1, 1, 1, 1, 126, 1, 115, 1, 116, 1, 11, 135, 113, 119, 1, 1, 1, 1, 1, 114, 122, 1, 11, 11, 11, 125, 123, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 11, 11, 1, 1, 1, 1, 1, 11, 141, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 143, 1, 1, 1, 1, 1, 1, 1, 1, 144, 145, 11, 11, 142, 140, 49, 49, 147, 53, 53, 146, 149, 148, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0, 0, 0, 1, 0, 151, 139, 1, 0, 1, 1, 11, 11, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 155, 154, 23, 1, 1, 11, 11, 1, 23, 11, 11, 1, 1, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 160, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 1, 143, 1, 1, 159, 1, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 164, 1, 1, 1, 1, 1, 141, 1, 1, 1, 1, 1, 1, 1, 1, 141, 1, 1, 164, 1, 1, 164, 1, 1, 1, 1, 1, 1, 1, 170, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 143, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 176, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 179, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 164, 1, 1, 1, 1, 174, 166, 166, 11, 1, 11, 178, 1, 1, 1, 1, 1, 167, 167, 167, 161, 1, 1, 1, 165, 167, 171, 177, 1, 1, 1, 1, 165, 165, 1, 1, 163, 161, 174, 165, 169, 182, 173, 182, 1, 1, 180, 1, 173, 162, 165, 1, 1, 1, 1, 165, 1, 168, 1, 1, 1, 11, 1, 183, 1, 172, 1, 1, 1, 172, 171, 175, 181, 163, 174, 1, 1, 1, 1, 1, 1, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 186, 185, 185, 186, 185, 185, 185, 185, 187, 187, 185, 185, 186, 185, 186, 185, 185, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 189, 11, 1, 11, 11, 11, 11, 1, 11, 11, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 201, 1, 203, 204, 202, 201, 201, 1, 1, 207, 1, 208, 206, 1, 11, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 219, 201, 201, 201, 201, 219, 1, 1, 1, 1, 222, 223, 221, 1, 1, 1, 1, 1, 1, 225, 225, 1, 1, 1, 225, 225, 227, 228, 226, 1, 230, 1, 1, 1, 1, 11, 236, 237, 238, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 205, 209, 1, 1, 1, 1, 158, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 233, 1, 1, 1, 8, 1, 1, 1, 1, 244, 1, 1, 241, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 192, 216, 1, 1, 1, 212, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 199, 1, 1, 1, 1, 1, 1, 1, 217, 1, 1, 1, 1, 232, 1, 1, 1, 1, 184, 1, 220, 1, 215, 1, 1, 1, 218, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 197, 1, 11, 1, 1, 11, 1, 1, 1, 1, 200, 1, 1, 1, 214, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 245, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 231, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 191, 11, 1, 1, 1, 194, 11, 1, 1, 1, 1, 1, 1, 1, 235, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 193, 1, 1, 1, 1, 1, 1, 1, 240, 1, 1, 1, 198, 1, 1, 1, 213, 1, 11, 1, 229, 210, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 217, 1, 1, 1, 1, 196, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 188, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 211, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 242, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 243, 1, 1, 11, 1, 1, 1, 1, 195, 1, 1, 1, 211, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 234, 1, 1, 1, 190, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 224, 1, 1, 1, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 239, 1, 1, 11, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 255, 0, 0, 0, 0, 0, 256, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 1, 260, 1, 1, 1, 0, 261, 258, 259, 1, 1, 1, 1, 1, 1, 266, 1, 268, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 264, 1, 1, 1, 1, 1, 270, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 269, 1, 1, 1, 11, 1, 1, 1, 1, 265, 1, 1, 1, 263, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 267, 1, 1, 1, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 1, 11, 1, 1, 1, 1, 11, 1, 1, 276, 1, 1, 14, 1, 1, 1, 11, 11, 273, 274, 1, 1, 1, 1, 275, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 278, 1, 1, 11, 17, 1, 1, 1, 1, 1, 1, 279, 1, 1, 1, 277, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 279, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 288, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 292, 292, 1, 0, 0, 0, 0, 0, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 185, 1, 297, 298, 1, 11, 1, 1, 1, 1, 11, 300, 1, 1, 299, 1, 1, 302, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 307, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 11, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 11, 0, 319, 0, 0, 320, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 336, 1, 1, 1, 1, 1, 1, 0, 0, 63, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 344, 0, 0, 0, 0, 0, 0, 0, 0, 0, 346, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 362, 362, 363, 362, 0, 1, 211, 1, 1, 14, 358, 1, 356, 0, 0, 0, 0, 0, 0, 0, 359, 1, 1, 364, 1, 1, 241, 1, 1, 1, 1, 357, 1, 1, 354, 1, 360, 1, 352, 1, 361, 1, 353, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 355, 355, 1, 1, 1, 8, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 351, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 367, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 302, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 407, 407, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 399, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 375, 386, 1, 1, 374, 409, 1, 380, 1, 1, 372, 404, 1, 1, 390, 371, 376, 1, 1, 1, 383, 414, 392, 1, 1, 1, 1, 1, 1, 393, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 402, 406, 0, 0, 86, 1, 1, 0, 400, 377, 413, 378, 381, 388, 1, 403, 0, 1, 0, 86, 397, 395, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 416, 1, 1, 387, 1, 86, 1, 0, 1, 1, 1, 419, 1, 0, 0, 86, 394, 0, 1, 373, 1, 1, 1, 0, 1, 1, 396, 1, 0, 1, 1, 1, 0, 1, 421, 384, 1, 1, 0, 1, 0, 0, 412, 0, 1, 1, 1, 86, 405, 1, 1, 401, 398, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 379, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 411, 0, 86, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 415, 1, 1, 1, 0, 0, 418, 0, 0, 0, 1, 391, 1, 0, 86, 417, 1, 0, 0, 0, 0, 420, 1, 1, 0, 0, 1, 0, 1, 0, 389, 0, 385, 0, 1, 1, 1, 0, 1, 1, 0, 408, 382, 410, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 11, 1, 1, 1, 11, 436, 436, 1, 1, 11, 11, 1, 436, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 448, 1, 1, 0, 1, 1, 1, 1, 241, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 466, 466, 1, 1, 0, 0, 352, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 479, 1, 478, 1, 1, 1, 1, 1, 1, 1, 1, 1, 483, 1, 11, 11, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 491, 1, 1, 1, 493, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 490, 1, 485, 1, 1, 1, 1, 472, 1, 1, 1, 1, 1, 1, 1, 1, 486, 11, 1, 1, 1, 1, 492, 1, 1, 1, 487, 481, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 352, 1, 469, 1, 1, 11, 489, 1, 1, 352, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 474, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 492, 1, 1, 1, 1, 352, 1, 488, 1, 1, 1, 482, 476, 1, 1, 1, 1, 1, 477, 1, 494, 480, 1, 1, 1, 1, 1, 475, 1, 1, 1, 1, 1, 1, 1, 1, 1, 470, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 484, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 473, 1, 1, 1, 1, 1, 471, 1, 255, 495, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 501, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 11, 1, 71, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 505, 505, 505, 505, 505, 505, 505, 0, 505, 505, 505, 505, 505, 1, 505, 505, 505, 0, 505, 505, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 509, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 514, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 507, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 508, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 516, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 513, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0, 517, 512, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 515, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 527, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 235, 235, 1, 531, 1, 1, 1, 530, 1, 1, 1, 1, 1, 526, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 528, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 532, 1, 1, 529, 1, 1, 1, 1, 1, 1, 1, 1, 407, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 533, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 544, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 11, 1, 547, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 552, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 63, 1, 1, 11, 11, 11, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 567, 1, 1, 1, 1, 1, 1, 1, 568, 1, 1, 1, 1, 1, 1, 1, 566, 1, 1, 1, 11, 1, 1, 570, 274, 1, 1, 1, 11, 11, 1, 1, 11, 1, 11, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 574, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 580, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 139, 1, 1, 11, 585, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 114, 1, 1, 1, 11, 1, 1, 1, 1, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 590, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 151, 1, 1, 1, 263, 1, 1, 11, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 615, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 255, 1, 363, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 620, 1, 1, 1, 1, 0, 622, 0, 86, 0, 621, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 11, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 629, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 624, 624, 0, 628, 626, 624, 624, 624, 624, 624, 630, 624, 624, 634, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 631, 628, 624, 624, 628, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 624, 626, 624, 624, 624, 624, 624, 632, 624, 624, 624, 624, 624, 624, 0, 0, 0, 1, 633, 1, 1, 1, 1, 627, 1, 1, 1, 1, 1, 625, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 638, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 11, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 11, 1, 1, 11, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 68, 316, 342, 447, 576, 0, 4, 72, 271, 290, 318, 343, 369, 423, 449, 0, 538, 560, 577, 640, 10, 0, 64, 95, 433, 445, 465, 618, 0, 536, 559, 573, 655, 0, 34, 6, 0, 500, 539, 645, 603, 74, 0, 7, 321, 291, 424, 502, 452, 579, 86, 641, 0, 619, 345, 454, 504, 10, 112, 324, 545, 6, 34, 0, 347, 86, 426, 86, 522, 12, 6, 138, 284, 310, 0, 656, 549, 0, 606, 0, 67, 6, 6, 287, 102, 2, 468, 434, 446, 639, 0, 6, 0, 6, 322, 110, 6, 604, 540, 581, 0, 503, 425, 308, 323, 9, 75, 111, 642, 584, 427, 348, 335, 455, 153, 78, 326, 588, 550, 644, 607, 370, 365, 518, 6, 79, 156, 13, 311, 285, 563, 589, 608, 555, 593, 613, 654, 40, 6, 296, 330, 368, 340, 253, 34, 569, 596, 253, 45, 251, 301, 331, 341, 442, 459, 520, 309, 0, 77, 605, 0, 439, 453, 334, 86, 283, 86, 0, 623, 587, 543, 328, 457, 86, 428, 422, 0, 0, 0, 10, 598, 614, 252, 0, 460, 443, 572, 557, 616, 658, 92, 253, 46, 332, 431, 461, 612, 0, 551, 329, 312, 86, 250, 87, 31, 425, 34, 6, 429, 366, 339, 647, 635, 565, 592, 554, 0, 294, 88, 34, 441, 458, 0, 34, 462, 0, 254, 636, 558, 10, 444, 463, 253, 284, 93, 257, 637, 617, 600, 521, 464, 432, 286, 262, 94, 62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 663, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 0, 89, 0, 136, 0, 0, 546, 591, 0, 0, 0, 0, 0, 0, 0, 30, 0, 594, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 542, 0, 293, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 282, 0, 0, 0, 0, 0, 0, 0, 660, 0, 0, 0, 0, 0, 659, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 430, 0, 0, 0, 523, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 0, 0, 0, 534, 0, 0, 0, 0, 0, 0, 440, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 246, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 556, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 535, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 305, 317, 0, 0, 0, 0, 0, 571, 313, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 553, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 496, 0, 0, 0, 350, 0, 0, 0, 0, 81, 0, 289, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 611, 0, 0, 0, 0, 643, 562, 0, 0, 0, 0, 280, 0, 0, 0, 0, 0, 0, 498, 0, 0, 519, 0, 0, 0, 0, 0, 65, 0, 0, 0, 303, 61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 0, 0, 0, 0, 282, 0, 0, 0, 0, 0, 315, 653, 0, 76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 662, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 0, 314, 0, 0, 0, 0, 0, 0, 610, 0, 0, 0, 0, 0, 0, 564, 0, 0, 0, 0, 0, 0, 0, 0, 0, 609, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 248, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 541, 0, 0, 0, 0, 0, 597, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 525, 0, 524, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 497, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 325, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 578, 0, 0, 0, 0, 0, 0, 0, 0, 333, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 272, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 649, 0, 0, 595, 0, 0, 0, 0, 0, 0, 0, 0, 0, 281, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 652, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 561, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 537, 0, 657, 0, 0, 467, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 438, 0, 0, 0, 586, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 33, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 327, 0, 0, 0, 249, 0, 0, 0, 0, 0, 0, 601, 0, 0, 0, 0, 137, 0, 0, 0, 0, 0, 602, 0, 0, 0, 0, 0, 0, 0, 450, 456, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 435, 0, 349, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 306, 0, 0, 337, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 575, 0, 0, 0, 451, 0, 0, 437, 0, 0, 0, 0, 0, 0, 646, 0, 0, 0, 582, 0, 0, 97, 0, 583, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 548, 499, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 304, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 450, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 651, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 650, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 661, 0, 0, 0, 0, 0, 599, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 338, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 648, 0, 0, 247, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 666, 666, 666, 666, 666, 666, 666, 665, 667]);
    var labelText = "orgmilcomschnetedugovdrrformsfeedbackofficialaccoorgmilschnetgovmagazinemediaunioncargopilotgroupcaarespressworksaerodromeworkinggroupair-traffic-controlaircraftaccident-preventioneducatormarketplaceambulanceinsurancecateringairportrepbodyenginesoftwaremodellingair-surveillanceconsultingchartertrainermaintenanceservicesdesignflightskydivingfreightassociationstudentgroundhandlingdgcafuelclubtaxicrewshowballooningexpresstraderbrokerauthoragentsairtrafficjournalistsafetyconsultantmicrolightaccident-investigationparachutingequipmentproductionfederationrecreationscientistnavigationengineertradingglidingleasingresearchpassenger-associationentertainmentparaglidinghangglidingaerobaticrotorcraftemergencycertificationgovernmentaeroclubexchangelogisticschampionshiphomebuiltcouncilconferencecontrolairlinecivilaviationjournalorgcomnetedugovcoorgcomnomnetobjappsofforgcomnetuwukiloappsdevsframerorgmilcomnetedugov*coradio2naorgcomnetcommuneedogpbcoitgvorgedugovspreviewfrontendrelayononstagingauthcloudsandboxupid*mtls*privatelinktypedreamdeveloperbravemochawindsurfaivenmirenupsunwnextbegetngrokclerkwale2bwebcsbrunputercrbtsflutterflowcloudzyrospawnbasesliplanemodelenceshiptodaymagicpatternsnetlifyondigitaloceanrailwayhostedclaudehasurabotdashretoolvercelgithubluyanigadgetreplitcloudflaretelebitedgecomputeevervaultexponyatnoopencrpplxzeaburwasmerframerzeropsrocketpreviewconvexmedusajsspritesagilevibesonherculeseasypanelstreamlitglideossnowflakefastedgemesserliloginlinehackclubcodepennorthflankbase44corespeedleapcellngrok-freeclerkstagelovableon-fleek*us-west-3ap-south-2us-central-2us-central-1eu-central-1ap-south-1us-west-2us-east-2eu-north-1ap-north-1us-west-1us-east-1*rcloudintsegorgmilcomgobbetnetintedugovturmusicasenasamutualcoopv6dnsip6uriurnin-addre164homeirisgovdixdaemoncloudnssthwien*inexexkunden4accogvormymyspreadshop4lima2ixortsinfofuturecmsfuturehosting12hpprivfuturemailinglima-cityfunkfeuer123webseitednshomemelmyspreadshopcloudletswasantqldvicactnswtascatholicwasaqldvictasidwasantozqldorgcomvicasnactnetedugovnswtasconfcomairflowlambda-urltransfer-webapptransfer-webappairflowtransfer-webapptransfer-webapp-fipstransfer-webappeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1privatenotebookstudiolabelingnotebookstudionotebooknotebook-fipslabelingnotebookstudionotebook-fipsnotebookstudio-fipsnotebook-fipsnotebookstudionotebook-fipsnotebookstudioeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2experimentsus-gov-west-1us-gov-east-1ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1onrepostsagemakercopporgmilcompronetintedugovbiznameinfoshoprsorgmilcomnetedugovbrendlyresolvenzauscotvstoreorgcomnetedugovbizinfoidacaicoittvorgmilcomschnetedugovinfocloudezproxysiteacmymyspreadshopkuleuvenwebhostingtransurl123websitecloudnsinterhostsolutionsddns5476103298edgfacbmlonihkjutwvqpsryxzbarsycoororgcomedumyftpno-iporxcloud-ipfor-somemmafanfor-morewebhopselfipjozidyndnscloudnsdscloudfor-thefor-betteractivetrailcoeconorestooteorgcomeconeteduassurmoneyafricaarchitectesrestaurantloisirstourismavocatsinfoagrounivcoorgcomnetedugoviatvdeportesaludtksatorgmilcomwebgobnetinteducienciaboliviarevistacooperativaempresanombreindustriamusicapatriamedicinademocraciapoliticapuebloindigenaplurinacionalarteblogwikiinfoagrotransportenoticiasprofesionalacademiaeconomiaecologiamovimientotecnologianaturalpagesappsgroksailsimplesitecepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesmscepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesms*biaamfmtcmptvfeirasampajampanatalbelemananiradiog12medindfndbmdtrdthepoaggfjdfdefinfenflegsegongengcngorgzlgslglogppgmillelqslcimcomnomadmjabimbbibbsbabcrectecsjcetcpscpvhudieticriapipsiecnbiorioecogeoteoodoproatoartfstmatvetdetbetnetcntnotfotgrueduajuespappreptmpemparqsrvadvdevgovntrturagrjorfarjusmusdesvixxyzcozfozslzbhzmaringasantamariacampinagrandegoianiasorocabafloripasaobernardocuritibaboavistarecifeaparecidasaogoncasalvadorcuiabamorenamacapalondrinacontagemsocialfortalmaceioleilaoosascoriobranconiteroi9guacutcheblogflogvlogwikitaxicoopmanauspalmascaxiasjoinvillebaruericampinassantoandreribeiraoriopretoweorgcomnetedugovv0windsurfshiptodaycloudsitecoaccoorgnetgovofmilcomgovmediatechzacoorgcomnetedugsjgovmydnspenfnlabnbmbgcbcqconcontnuyksknsmyspreadshopno-ipawdevboxbarsyonidatemfuinabusavinstanceseceuguukussryzespawnloccsxcloud-ipmyphotosfantasyleaguetwmailcleverappsscrappingccwucloudnsftpaccessgame-serverccgovobjectsrmalpgcust*svcalp1aeappenginermalpgmyspreadshop4lima2ixsquare7cloudscale123websitefirenet12hpflowgotdnslinkyard-cloudcloudnslima-citydnskingobjectstorageedaccogoorusorgcomnetintedua\xE9roportxn--aroport-byaassogouvcomilgobgovcloudnses-1eu-west-1us-east-1euvipit1eurarubait1s3lbwebsites3websiteru-spbru-mskelasticcsrunstnukukcaukusnl-ams-1fr-par-1fr-par-2functionsnodess3ddlwhmrdbfnck8sifrs3-websitecockpitscblmgdbdtwhkafkpubprivs3ddlwhmrdbk8sifrs3-websitecockpitscblmgdbdtwhkafks3ddlrdbk8sifrs3-websitecockpitscblmgdbdtwhkafkk8sscalebookpl-wawfr-parnl-amsbaremetalsmartlabelinginstancesdechk2kuleuvenlaravelvoorloperurownoxazapscwhstgrvaporonline-serverobservablehqelementorantagonistreclaimjoteluluencowaydiademjelasticmatlabmagentositetrendhostingaxarnetjenv-arubajelejoteravendbemergenttrafficplexconvexkeliwebserveboltbegetcdnstaticson-rancherprimetelonstackitunison-servicesdnshomelinkyardbarsyjelecloudnscocomnetgovmycn-northwest-1cn-north-1s3s3-accesspoints3-websites3s3-accesspointrdsdualstacks3-deprecatedemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspoints3s3-accesspointrdsdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicn-northwest-1cn-north-1cn-northwest-1ebcomputeelbcn-north-1airflowcn-northwest-1cn-north-1oncn-northwest-1cn-north-1amazonawssagemakeramazonwebservicesdirectasgdsdhehahljlnmhbacscahqhshhihnlnynsnmofjbjzjxjtjhkcqtwgsjssxnxjxgxxzgz\u7DB2\u7D61\u7F51\u7EDC\u516C\u53F8orgmilcomnetedugovxn--55qx5dcanva-appsxn--io0a7iquickconnectcanvasitekhsjxn--od0algcanva-codemyqnapcloudsrvrlessclustersrealtimestorageleadpagescarrdcrdorgmilcomnomnetedugovhidnssupabaserdpareplmypiumsoxmitotaplpagesfirewalledreplitowodevwebview-assetsvfswebview-assetss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9consent-portals3s3-accesspointdualstackanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstacks3-deprecateds3-websitebedrock-agentcores3-object-lambdaexecute-apibedrock-agentcores3s3-accesspoints3-websites3-accesspoint-fipss3-fipss3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9vfss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1us-northeast-1ap-southeast-1me-south-1af-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1mrapaccesspoints3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3eu-west-3ap-south-2eu-south-2computes3-ap-northeast-2elbrdss3-ap-east-1s3-sa-east-1s3-us-gov-west-1s3-eu-central-1s3-ca-central-1eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3s3-website-us-west-2s3-website-eu-west-1s3-external-1eu-central-1me-central-1ca-central-1il-central-1s3-us-west-1s3-eu-west-1s3-website-sa-east-1s3-website-ap-southeast-2ap-northeast-1ap-southeast-1s3-us-west-2s3-eu-west-2me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2s3-website-ap-southeast-1s3-1s3-globals3-ap-northeast-3eu-north-1airflowap-southeast-2s3-us-gov-east-1s3-fips-us-gov-east-1s3-me-south-1s3-ap-south-1ap-northeast-2s3-website-us-west-1ap-southeast-5s3-eu-north-1s3-ap-southeast-1s3-website-us-gov-west-1compute-1s3-eu-west-3us-gov-west-1s3-website-ap-northeast-1us-gov-east-1s3-fips-us-gov-west-1s3-website-us-east-1s3-ap-southeast-2ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3-us-east-2s3-ap-northeast-1authauthauth-fipsauth-fipseu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1eu-west-3eu-south-2ap-southeast-3eu-central-1ca-central-1ap-northeast-1ap-southeast-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5eu-west-1us-east-1ap-east-1sa-east-1csrframeservicesbuilderstg-builderdev-builder*ociocpocsazuregcpawsdemoinstanceeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1previeweu-4us-4us-1eu-1us-2eu-2us-3eu-3s3-websitekrkrobjectprivateobjectkrkrskrkrsobjectkrprivateobjectkr-privatecomputepaasrag-cloudrag-cloud-chjcloudjcloud-ver-jpcdemonodebalancermembersipeuxvsoncillaocelotonzayalilynxsphinxfentigercustomercaracalsgkrobjectstoragedesgkrusobjectkrkr-naverkr-naver-devkrprivatewebsiteobjectkr-naverkr-privatekr-naver-devjpjpkrjp4jp5s3-website-jpjpkrjp4jp5objectprivateobjecto365cloudstaticxendevapp001testcode-builder-stgplatformmediasiteprojedrydpagesjsx0desazacncoitrueu4uhkukgrbrushatenadiarymyspreadshopfrom-flfrom-wvwebspace-hosttheworkpchatenablogcursorusercontentservesarcasmapplinzisakuratanwixsitefin-ncloudstoragegov-ncloudstorageappchizigiizeis-into-carsdnsiskinkyadobeaemcloudis-a-therapistpgfogmyvncdojinis-an-actress1kappfldrvkozowqa2jpnmexprgmrfirewall-gatewaydynnscafjsfbsbxooguyfrom-gawoltlab-demois-a-anarchistwiardwebteaches-yogadattowebtb-hostinglive-websiteservegamegotpantheonfrom-nhsubsc-payfrom-ohvipsinaappfrom-cadyndns-officeztna-dingtalkhomelinuxfrom-mahercules-appservebbsstreakusercontentfrom-okfrom-wyfastly-terrariumis-a-llamaqualyhqportalserveexchangeon-vaporvivenushopciscofreakgrayjayleaguesmetaaiusercontentfrom-iais-a-libertariansaves-the-whalestaveusercontentyolasiteoperaunitepoint2thisis-a-catererclaudeusercontentlinodeusercontentfrom-vagithubusercontentsells-for-lesshosteurcanva-appsplaystation-cloudddnsfreefrom-pafrom-prfrom-waddnskingoutsystemscloudhotelwithflightmydattois-a-nascarfanmydbserverminiserverdamnserverservehumouris-a-playerfrom-nvfrom-nmemergentagentgentappsamplifyappfrom-kyis-an-accountantnfshostserveircfrom-akpythonanywherestackhero-networkpostman-echolikescandydyndns-mailobservableusercontentserveftpfreeboxosfrom-utcdn77-storageamazonawsneat-urlnclouddyndns-serverlinodeis-a-teacherfrom-vtgleezemythic-beastsus1-pleniteu1-plenitla1-plenitpaywhirlservecounterstrikejdevcloudhealth-carereformis-into-animegoogleapisis-a-painterafricaisa-hockeynutatmetais-an-actora2hostedis-a-democratdatadetectest-le-patrondigitaloceanspacesis-a-designeris-a-hunterlinodeobjectstemp-dnsissmarterthanyoufrom-arsimplesiteevennodetownnews-stagingis-a-liberalgooglecodejelasticservemp3qualyhqpartnerdyndns-free1cooldnsest-a-la-masiondrayddnsdynuddnsfrom-orfrom-miis-a-bloggerfrom-himydobisscanvacodeis-an-engineerest-a-la-maisonupsunappdevinappswafflecellmyasustorwpenginepoweredfrom-ctservep2psame-appmyshopblocksthingdustdatalikes-piediscordsezis-with-thebandlpusercontentis-leetshopitsite3utilitiesis-a-personaltrainersinaappladeskis-a-cheflogoipselfipbase44-sandboxnospamproxyalibabacloudcsmesswithdnsauthgearappsiamallamawithgooglelutrausercontentmochausercontentframercanvasmytabitdyndns-homew-credentialless-staticblitzcpserverdiscordsaysis-a-nurseappspotatlassian-isolated-3premotewdfrom-mtwixstudiocode0emm180rmyactivedirectoryawsappsmytuleapdnsabrpolyspaceqbuserrenderbuiltwithdarkboutirgotdnsabrdnsdopaascanva-hosted-embedawsglobalacceleratorhomesecuritypcmyiphostditchyouripclever-clouddyndns-ipon-aptibleis-a-musicianhosted-by-filessecuritytacticsappspaceusercontenthomeunixstrapiappsame-previewcf-ipfsmycloudnaselasticbeanstalkis-certifieddontexistkasserverik-serverdrive-platformatlassian-3pfirebaseappncpstorageherokuappawsapprunnerbarsycenteris-a-cubicle-slaveservehttpmyshopifyis-a-guruquicksytessiiitesorsitesmagicpatternsappis-a-cpameteorappfrom-wiis-a-rockstarbumbleshrimpdattolocaldatabricksappsreadthedocs-hostedfrom-rifamilydsdyndns-picsmyoxypagesplesknsbplaceddnsaliasdynaliasdyndns-remotedoomdnsip-ddnsblogdnsis-a-doctorroutingthecloudamazoncognitobarsyonlinedsmynasddnsgurucloudflare-ipfsdeus-canvasfrom-idsmushcdnpagespeedmobilizergcorecdndyndns-at-homeunusualpersonhosted-by-previderis-a-republicandyn-o-saurstreamlitappworkisboringonthewificprapidqualifioappis-uberleetis-slickgetmyipwpdevcloudtypeformdyndns-at-workgentlentapismynascloudw-corp-staticblitzfrom-ingeekgalaxyservebeerfrom-mdonrenderspace-to-rentaivencloudappspacehostedwafaicloudcodespotblogspotatlassian-3p-us-gov-modfrom-ndfrom-msis-a-techieis-a-studentcustomer-ociis-a-photographerdurumisfrom-ksmassivegriddyndns-wikiis-an-entertaineris-a-hard-workermysecuritycamerafrom-mnrackmazedyndns-blogis-a-bulls-fanwritesthisblogfreemyipsimple-urlfrom-sdninjaneer-sitesreservdauthgear-stagingest-mon-blogueuris-into-gamesrice-labsxtooldevicesakurawebis-an-anarchistoraclecloudappsdyndns-worksells-for-urhcloudfrom-dcfastvps-serverwpmucdnis-a-geekscrysecfrom-txis-into-cartoonsmodelscapetrycloudflarelocaltonetstreak-linkbalena-devicesfrom-njforgeblocksfreebox-oswebadorsitefrom-ncdoesntexisthobby-sitestreaklinkshomesecuritymacownprovidertuleap-partnersdattorelaywphostedmailservequakeis-a-socialistservehalflifepivohostingdynuhostingquipelementsw-staticblitzdyndns-webfrom-deproject-studyis-not-certifiedhercules-devis-a-financialadvisoramazonlightsailservepicsis-a-greenloseyouripfrom-ilwithyoutubemwcloudnonprodwiredbladehostingdnsdojofrom-tnpixolinomyqnapcloudncloudstorageis-an-artisthostedpiis-a-landscaperauiusercontentoaiusercontenton-forgeis-a-conservativedreamhostersnet-freaksapps-1and1is-goneencoreapifastly-edgefrom-nesalesforcefrom-scdeployagentoraclegovcloudappsfrom-alis-a-lawyercechirevultrobjectsstufftoreadisa-geekddnsgeeklovableprojecttry-snowplowfrom-moblogsyteis-a-bookkeepernogmyforumravendbmyboxdeelementoredsaacficogoorinforgcomgobnatneteduidstoreorgcomnetintedudevnomepublorgcomneteduathgovtestscalculatorspaynowinfoquizzesresearchedcloudnsfunnelsassessmentsjscaleforcetmacltdorgmilcompronetgovbizpresseklogesrsccloudcustomfltusrcloude4corealmgovmunicontentproxy9metacentrumdyndyndyndnsdynpagespages-researchitionoccustomercomymyspreadshopipv64diskussionsbereich4limacomrubgov2ixfirewall-gatewayddnssspdnsbarsykeymachinesquare7myhome-serverspeedpartnercommunity-proschuldockxenonconnectg\xFCnstigliefernbwcloud-os-instancedyndnssecmy-routerxn--gnstigliefern-wobin-butterl-o-g-i-nisteingeekin-dslin-berlinin-brbfuettertdasnetzleitungsenin-vpnlcube-serverdyn-ip24logoipdyn-berlinruhr-uni-bochum12hpgoipsrvdnsfruskygit-repossvn-reposinternet-dnsg\xFCnstigbestellenhome-webserverxn--gnstigbestellen-zvbbplacedheimdnscosidnswebspaceconfiglima-citydyndns1istmeinvirtualuserschulplattformmy-gatewayddnsseclebtimnetztest-iservmein-iservvirtual-userhome64iservschuletaifun-dnstraeumtgeradeschulserverdynamisches-dns123webseitednshomehs-heilbronndnsupdaterbssgraphicdwadpdwdaepeweaawapaafpfwfabwbpbacwcpcciwebuserapiobjectssites*teamst3r2lpuncldabymebravepanelngrokiservstglclcrmerpflypagesbarsyvivenushoplocalcertlocalplayerbearbloggatewaydeno-stagingis-not-ais-a-goodbotdashvercelmocha-sandboxplatter-appreplitgithubpreviewworkersinbrowserevervaultis-ahrsndenoxmitmodxmyaddrstorageapipayloadgrebedocruncontainersreliantlabsstgstagelclstageloginlineis-a-fullstackcodepenreliantpreviewleapcellngrok-freeis-coolpagelemonstoragewebharemediatechlibp2pdiscoursecomyspreadshopstoreregbiz123hjemmesidefirmcoorgcomnetedugovsldorgmilcomwebgobartnetedugovtmorgpolcomsocartnetedugovassoagrondiscoodontk12medcuegyecpaabgengorgmilgalsaltulcomadmesmgobpubdocmonfindgnriouioproartlatvetnetfotedulojgovntrturibrbarxxxofficialbasechefprofmktgpsictechinfoarqtcontdentrrpppsiqgit-pagesritmedfieorgcomlibprieduaipgovriikmeactvsportorgmilcomscieunnetedugovnameinfopintouchtawktotawkmyspreadshoporgcomnomgobedu123miwebcomputeorgcomnetedugovbiznameinfocognito-idptransfer-webappeusc-de-east-1onjelasticnxaspdnsbarsydirectwpdeuxfleurstransurldogadoprvwcloudnsamazonwebservicesdnshomeuserpartycokoobinmkmspaceviewfidymyspreadshopalandkapsiikixn--hkkinen-5wacloudplatformh\xE4kkinen123kotisivuidacorgmilcompronetedugovbiznameinforadioorgcomneteduusercocomexperts-comptablestmmyspreadshopgretaprdcomnomynhccifbxoshuissier-justicenotairesaeroportfreeboxoson-webavocatassoportgouvkdnschirurgiens-dentistes-en-franceavouesfbx-os123sitewebveterinairechirurgiens-dentistespharmacienchambagrimedecinfreebox-osdediboxgoupilemszicpyicpvicppleysheezypagesedugovcnpyorgcomcybllcpvtnetedugovtnxonlineschoolddnsdaemond6atcopanelorgnetplybotdashstackitkaasorgmilcomnetedugovbizmodltdorgcomedugovcoorgcomneteduappwriteacorgcomnetedugovcloudtranslateusercontentorgcomnetedumobiassoorgcomnetedugovbarsysimplesiteindorgmilcomgobneteduorgcomwebnetedugovguaminfonxhra\u6559\u80B2\u654E\u80B2\u7DB2\u7D61\u7F51\u7D61\u7EC4\u7E54\u7D44\u7E54\u7F51\u7EDC\u7DB2\u7EDC\u7EC4\u7EC7\u7D44\u7EC7\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\u4E2A\u4EBA\u7B87\u4EBAltdorgcomincneteduidvgovxn--uc0ay4axn--55qx5dxn--mk0axixn--io0a7ixn--uc0atvxn--zf0avxxn--lcvr32dxn--od0algxn--wcvs22dxn--gmqw5axn--od0aq3bxn--mxtq1mxn--ciqpnxn--tn0agxn--gmq050iorgmilcomgobnetedufngocdnappvoatiiservwp2tempurlmircloudfreesitewpmudevmyfastgadgetcloudaccessjeleambahalfboltfastvpsemergenteasypanelopencraftizcombrendlynamefromrtpersoadultmedorgpolrelcomproartnetedufirminfoassoshopcoopgouvtmcomediahotelforumvideosportorgsexagrargameslakaseroticaerotikatozsdereklamcasino2000filmsuliinfoboltshopprivnewsszexcityutazasjogaszkonyveloingatlaneacaicogoormy\u1B29\u1B2E\u1B36milwebschnetkopbizzonedesaponpesxn--9tfkymyspreadshopgovmytabittabitorderravpageaccok12idforgnetgovmuniltdplcaccotttvorgcomnetmeca6g5gpgamubacaicniocoukuptverdruscsdelhiindorgmilcomwebnicfingenpronetintedugovresbizbiharbarsyinternetbusinessschooltravelsupabasealumnigujaratfirminfoaeropostbankcoopindevscloudnsno-ipbarsybarrell-of-knowledgebarrel-of-knowledgensupdategroks-thisdnsupdatefor-ourknowsitalldvrcammittwalddynamic-dnsv-infowebhopselfipdyndnshere-for-moreilovecollegemayfirstforumzcloudnsmittwaldservertypo3servergroks-theeusekd1cdndyndnsidrawsainaueuapjpusstagemocksysdevicesclientcustreservdcustdevdisrecprodtestingcowzbeebyteutwenteboxfusebravepstmndedynngrokorgmilcomnomnetedugovqcxqzzbarsythingdustmailerpagemo-siemensrb-hostingfh-muenstergitbookbluebitecloudbeesusercontentnodeartterramindkiloappsforgerockdarklangresinstagingapigeebubbleb-datascryptedhypernodedappnodepantheonsitegitlabgithubkeeneticvirtualservercleverappshostyhostingon-rioedugitticketstelebitwixstudioon-k3sicp0icp12038jeleqotolairbubbleappsmyaddrstolosmyrdbxwebflowdrive-platformbeagleboardhasura-applolipopdefinimavaporcloudmusicianwebflowtestazurecontainerresindevicereadthedocsloginlineeditorxmoonscalesandcatsbasicserversubscribepagewebthingsbrowsersafetymarkbeebyteappbitbucketidaccovistablogorgschnetgovxn--mgba3a4f16axn--mgba3a4fraarvanedge\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646jclaspeziapdudcefegelemeperetevebacanatavaparasabgagfgogrgpgalclblimfmrmcbmbvbfclcmcvcrcpcchlimifibicivipirisimncnbnanenrnpntnnolomobocoaogorosopotoptvtatctbtmtltotpusulunutpspapaqsvpvvvtvavvrtrsrprgrfrcrbrarorkrvstsssbscsmsispzczbzbozen-suedtirolmyspreadshopxn--bulsan-sdtirol-nsbxn--valledaoste-ebbtrentinoaltoadigetrentin-sued-tirolxn--forlcesena-c8axn--forl-cesena-fcbxn--bozen-sdtirol-2obtriestetrentinsuedtiroltrentino-s-tirollecceudineaostesienaparmaluccapaviagenoapaduaaostamonzaabruzzoternirietiturinmilanbozenlaziofermoleccocuneonuoropratola-speziavdataaligfvgpugmolcalcamlomumbsicpmnvenvaoedugovabrsarmaremrbastoslazibxosfirenzetrentinos\xFCdtirolval-d-aostavalle-aostamessinacremonaravennatoscanatrentin-suedtirolbolognacalabriaurbinopesarofriuli-v-giuliaogliastraxn--valle-aoste-ebblaquilaandriatranibarlettasyncloudxn--valle-d-aoste-ehbaostavalleyvalled-aostatrentino-alto-adigevallee-d-aostexn--balsan-sdtirol-nsbpistoiasicilialucaniacataniaiserniaperugiabresciaveneziagorizialiguriaimperiabulsan-suedtirolbalsan-suedtirolbarlettatraniandriaxn--trentino-sdtirol-szbforl\xEC-cesenatuscanyvall\xE9e-d-aostemantovavall\xE9e-aostecasertapiemontevalleaostaval-daostafriulivgiuliatrevisoforli-cesenavall\xE9edaosteferrarapescaravald-aostatrentino-altoadigefriuli-vegiuliavallee-aostecarboniaiglesiastarantomediocampidanovalleedaostetrentinosud-tirolcampobassotrentins\xFCd-tiroltrentinos\xFCd-tirolmonzabrianzatrentino-s\xFCdtirolxn--trentino-sd-tirol-c3bpotenzacosenzavicenzaemiliaromagnavenicefrosinonemarchepordenonetrentinosued-tirolvaresemolisevall\xE9eaostefriuli-veneziagiuliabasilicatalatinaanconasavonaveronamodenabiellabolzano-altoadigepugliafoggiaumbriatrentino-stirolgenovapadovamateranovararagusapiacenzatrentinostirolvalleeaostetempio-olbiasudsardegnatrentinsudtirolmassa-carrarafriuliveneziagiuliatrentinosuedtirolandria-barletta-tranitrapanixn--cesenaforl-i8amaceratacaltanissettaascoli-picenobrindisicarraramassacagliaririmininapolivibo-valentiachietibulsan-sudtirolbalsan-sudtiroltrentino-a-adigebulsanbalsaniglesiascarboniamilanotorinoteramodell-ogliastraarezzotrentinoalto-adigerovigotrentovenetoiglesias-carboniatrentino-sud-tirolaltoadigereggio-emiliareggio-calabriasardegnatranibarlettaandriapiedmontxn--sdtirol-n2amedio-campidanotrentino-s\xFCd-tirolfriuli-vgiuliafriuli-ve-giuliaromeennaromapisa32-b16-b64-blodiastibarineencomonaplesforlicesenailiadboxosalessandriasicilytrani-barletta-andriaxn--trentin-sdtirol-7vbpesarourbinotrentinsued-tirolcesena-forliforl\xECcesenaemilia-romagnamonzaebrianzaxn--trentinsdtirol-nsbtrentinos-tiroltrentins\xFCdtirolvalledaostaolbia-tempiocampidanomediovibovalentiasassarivalle-daostalombardysud-sardegnafriulivegiuliareggioemiliamonzaedellabrianzaalto-adigevercellitrentin-sudtiroltraniandriabarlettatrentino-sudtirolascolipicenobozen-s\xFCdtirolfriulive-giuliaflorencexn--cesena-forl-mcbcarbonia-iglesiasaosta-valleycarrara-massadellogliastratrentinoa-adigexn--valleaoste-e7apesaro-urbinoxn--trentinosdtirol-7vbxn--trentin-sd-tirol-rzbxn--trentinsd-tirol-6vbtrani-andria-barlettatrentin-s\xFCd-tirolxn--trentinosd-tirol-rzbgrossetomonza-e-della-brianzas\xFCdtirolreggiocalabriatrentinoaadigetrentin-s\xFCdtirolverbano-cusio-ossolafriuliv-giuliaverbaniacampaniatrentino-aadigefriulivenezia-giuliasardiniaandriabarlettatranibarletta-trani-andriacatanzarooristanourbino-pesarocesena-forl\xECvalle-d-aostacampidano-medio123homepagesiracusatempioolbiasuedtirollombardiaavellinocesenaforl\xECtrentinofriuli-venezia-giuliabozen-sudtirolandria-trani-barlettabulsan-s\xFCdtirolbalsan-s\xFCdtirolmonza-brianzabolzanotrentino-sued-tirolbellunosalernolivornocrotonesondriodnshometrentinsud-tirolmassacarraratrentin-sud-tiroltrentino-suedtirolviterbobergamocesenaforliolbiatempiopalermobeneventoagrigentoofcoorgnetfmaitvphdengorgmilcomschnetedugovperagrikanieasukehandachitatokaiaisaikonanoharuamaobuhigashiuraowariasahiinuyamatobishimaiwakurashitarainazawatoyonegamagorimihamatoyotataharakariyayatomioguchikomakimiyoshinishiotokonamekiyosuchiryutoyohashiokazakiisshikikasugaikotakiratoeianjotogofusosetohazutsushimashinshirotakahamanisshinshikatsuhekinantoyokawaichinomiyatoyoakeodateogataakitaikawakyowahonjoogayurihonjonoshirokamiokakatagamimitanegojomeyokotekosakadaisenkazunonikahohonjyomoriyoshimisatohappoukamikoanihachirogatahigashinarusesembokufujisatokitaakitaitayanagiowanitakkomutsutsurutahirosakigonoheoirasetowadamisawanohejiaomorishingohiranairokunohehashikamitsugarushichinohehachinohenakadomarisannohekuroishisakaeisumiasahiotakiinzaiabikomatsudoyachiyomutsuzawakujukuriomigawakashiwatoganemihamanaritasakuranagaramobarahanamigawachoshishiroichoseikozakishisuikatorimidorichonankyonanfuttsuonjukufunabashinagareyamanodasosatakochuotohnoshourayasukimitsuyokaichibayotsukaidosodegauratateyamakamagayayokoshibahikariyachimatakatsuuratomisatokisarazukamogawaichikawanarashinoichinomiyashimofusaminamibososhirakoichiharaoamishirasatoikatahonaiainansaijoseiyoiyoozuuwajimaniihamanamikatamasakiuchikokihokutobetoonshikokuchuomatsuyamaimabarikamijimakumakogenyawatahamamatsunosabaeikedaobamasakaifukuiohionotsurugamihamawakasaminamiechizeneiheijikatsuyamatakahamaechizensoedaukihaomutaokawanishiogoribuzenonojosueumiokiotochikugosasagurisaigawamizumakishinyoshitomikurumekurateyamadakasuganakamamiyamanogatatakatahakataiizukakawaratagawakasuyaashiyainatsukimunakataminamitsuikishonaikurogifukuchikeisenhigashimiyakoshinguyukuhashiokagakiyamekogaongausuikahotohochuotoyotsumiyawakadazaifuhisayamatachiaraiyanagawanakagawahirokawachikujochikushinochikuhochikuzennamieotamaokumashowateneiiwakikoorinangoononishigoshimogoomotegomishimafukushimaasakawakagamiishishirakawaiitatefutabahiratayugawahanawakitakatakawamatakunimiyabukibandaihigashihironoyamatomiharuyamatsuriaizubangedatesomaaizuwakamatsuyanaizuaizumisatonishiaizuizumizakikitashiobarataishinkaneyamakoriyamainawashirotanagurafurudonosamegawasukagawaishikawatamakawaikedaogakitaruiginanenahashimahichisonakatsugawaibigawashirakawamizunamiminokamomitakekawauesekigaharatomikasakahogikitagatayamagatatajimianpachimotosuyaotsukakamigaharahidakanisekitokigujominogodoyorogifukasamatsutakayamawanouchihigashishirakawakasaharashimonitatsumagoichiyodakannakanrashowameiwakiryuotaoratomiokafujiokaitakuranaganoharahigashiagatsumatakasakishibukawaminakamikatashinatsukiyonokawabanumataannakaoizumimidorishintoisesakiuenoyoshiokakusatsutakayamanakanojonanmokutamamuratatebayashimaebashiotakekaitadaiwahongofuchukuietajimashobaramiharahatsukaichihigashihiroshimamiyoshikumanokurenakasakaseraseranishiasaminamifukuyamashinichionomichiosakikamijimajinsekikogentakeharaotobenanaeikedatohmaozoraobiraabirakyowaeniwataikibibaisharirebunerimohiroooketootarupippunishiokoppechitosefurubirahakodateshiranukakitahiroshimakushiroobihironanporoiwamizawaniikappukunneppufukushimanakasatsunaitoyourakuromatsunaiakabirakamisunagawashibechaurakawakamifuranonakatombetsuasahikawashimokawakayabeokoppebiratoriabashirisaromaatsumanumatahidakabifukamukawamikasahorokanaitoyotomisarufutsuhigashikawaishikarikitamiyoichiesashiiwanaitomariminamifuranoakkeshifuranotoyakoyakumootoineppushikaoishiraoinemuronayorohaboroashorobihororishirifujiutashinaihokutotakasuebetsuurausuassabukikonaishimamakinaiedatetoyabieinikiesanuryuoumuteshikagarikubetsuashibetsukimobetsuaibetsutobetsusobetsuembetsushimizuchippubetsurishirihokuryuhoronobeshintokutsubetsushibetsuhonbetsumombetsutsukigatakuriyamakoshimizushiriuchikutchanmurorannoboribetsukamishihorowassamushinshinotsukembuchiwakkanaikamoenaikiyosatotakinoueshikabesunagawafukagawanakagawatakikawakamikawahigashikagurahamatonbetsumatsumaemoseushirankoshishakotanimakanemashikeotofuketomakomaisandatambaitamiawajikasaiasagoshisoonoakoyashirotoyookaminamiawajiinagawafukusakitakasagokamigorikasugaharimayokawaashiyahimejiakashitaishiaogakisannantakinosumototakarazukanishinomiyashingugoshikinishiwakiyokatakaaioimikisayoyabukawanishiamagasakisasayamashinonsenkakogawaichikawakamikawatatsunotsukubaiwamaogawaasahisakaitokaioaraiitakobandodaigosuifuinaamikasumigaurakashimaomitamayachiyoshimodatetomobetoridehitachinakainashikisakuragawakasamayawaramoriyahitachiomiyanamegatayamagatahitachikamisuushikutakahagiibarakitonekoganakasowayukimihojosomitoryugasakishimotsumafujishirotsuchiurachikuseihitachiotashirosatotamatsukuriuchiharashikahakuinanaotsubatawajimakahokukawakitatsurugikaganominotosuzuuchinadakomatsuanamizunakanotohakusannonoichikanazawaiwateshiwafudaikawaimoriokaofunatohanamakikuzumakikitakamininohekunoheyamadayahabasumitaichinosekitanohatahiraizumirikuzentakatajobojiotsuchihironomiyakoiwaizumikarumaiichinohenodakujitonooshushizukuishifujisawamizusawakamaishikanegasakimannoutazukotohiraayagawazentsujihigashikagawauchinomikanonjisanukimarugamemitoyotakamatsutadotsunaoshimatonoshoakuneamamiizumihiokiyusuikinkoisasookouyamanakatanekagoshimakanoyaisenkawanabeminamitanemakurazakitarumizunishinoomotematsumotosatsumasendaioimatsudaayaseebinamiurazushinakaiodawaraiseharasagamiharahakoneaikawakaiseiatsugitsukuihadanoyamatoyamakitazamaoisochigasakininomiyayokosukakamakuraminamiashigarafujisawasamukawakiyokawahiratsukayugawaraokawaumajikochitsunootoyoakiinonishitosayasudahidakamiharasakawaniyodogawahigashitsunokagamigeiseisusakiotsukinaharisukumomurototosakamiochitoyotosashimizumotoyamanankokunakamurakitagawayusuharaogunichoyoukiasoutoozugyokutoamakusamifunetakamoriyamagaminamataminamiogunikikuchisumotoyamatonagasumashikiaraokumamotokamiamakusanishiharayatsushiroayabeseikasakyoideineujinakagyokameokakyotangokyotanabekyotambaminamiyamashiroyamashinatanabeyawatawazukaminaminantanmiyazuhigashiyamafukuchiyamakitamukokamojoyokizumaizuruujitawaraoyamazakinagaokakyokumiyamakawagoeinabeshimameiwaasahitaikiudonoisetsukisosakikuwanamihamamiyamasuzukatamakimisuginabarikumanokomonominamiisewataraitobakiwatakikihotadomatsusakayokkaichikameyamaureshinoishinomakishichikashukuohirataiwaosakizaohigashimatsushimashikamaiwanumashibataogawaraonagawakawasakiseminemarumoriminamisanrikukakudamuratawakuyatomiyanatoriwataritagajomisatotomekamirifushiroishimatsushimayamamotoshiogamafurukawahyugaebinotsunosaitoayakushimanobeokakitauramiyazakitakazakigokaseshiibamimatashintomikunitomikitakatakobayashikawaminamitakaharukijotakanabemiyakonojonishimeranichinankitagawakadogawamorotsukakisofukushimaminamimakisakaeobuseikedaogawamiasaokayaasahiotakiotarichinoinaomichikumakomaganechikuhokukaruizawayasuokaooshikaikusakaminamiaikitogakushimatsukawakawakamitateshinatakamorikitaaikishiojirimiyadahakubaiizunaiijimaiiyamamiyotasuzakayasakatoguraookuwanagawaminowahirayayamagataminamiminowafujimiomachisakakitakaginaganonakanosakuhokomoronagisoshinanomachiwadauedaiidaharasuwatomiachiaokianankisosakunozawaonsenagematsutakayamashimosuwamatsumotoyamanouchinakagawamochizukiazuminotatsunoobamaomuraseihiunzenosetofutsuikichijiwanagasakiisahayahasamisaikaikawatanasasebohiradokuchinotsugototogitsutsushimashimabarashinkamigotomatsuurayamazoekashibaikomakawaitenrioyodosangokoryoudaojiikarugayamatokoriyamatenkawakatsuragikurotakikawakamimiyakemitsuetakatorikamikitayamayamatotakadahegurishinjokanmakisakuraitawaramotogoseoudanarasoniandokawanishishimoichihigashiyoshinokashiharashimokitayamanosegawayoshinomintsivorytopazsakuragehirnsumomoaseinetopalmail-boxmokurenyoitamuikaojiyagosensanjoaganomyokoseiroagaomishibataniigatanagaokamurakamiuonumayuzawakariwatagamitainaitsunanminamiuonumatochioyahikojoetsuseiroukamosadoizumozakitokamachiitoigawasekikawakashiwazakitsubamemitsukekokonoesaikiusukibeppuusahimeshimakunisakihasamataketatsukumihitaoitahijikusuyufukujukamitsuebungoonobungotakadaibaraniimibizentsuyamaokayamakasaokahayashimayakagemaniwaakaiwamisakishinjotamanotakahashikibichuowakesojanagishookumenannishiawakurakurashikiasakuchisetouchikagaminosatoshotomigusukunakagusukuyaeseizenaurumaiheyaaguniogiminanjokinminamidaitokitanakagusukuyonaguniokinawaishigakikunigamiurasoekadenataramahiraraginozataketomishimojizamamitonakiitomanhigashimotobuyonabarugushikamionnanahanagohaebarukumejimakitadaitonakijinnishiharayomitanginowantokashikiishikawaikedasuitaminohizuminishisakaikananabenodaitoosakasayamayaokishiwadatadaokakaizukatondabayashichihayaakasakakumatorikadomasayamahigashiosakashijonawatehirakatataishimisakitajirihannansennankatanotoyonominatosettsuhigashiyodogawaibarakinosekitachuohigashisumiyoshifujiiderakashiwaraizumiotsutoyonakamatsubaramoriguchiizumisanoshimamototakatsukineyagawahabikinotakaishikawachinaganoyoshinogarikamiminearitaouchiimarihizenogikashimaariakekiyamafukudomikitagatakitahataomachigenkaikanzakinishiaritakyuragisagataratosutakushiroishikaratsuhamatamakouhokukawagoeyoshidasatteogoseirumaasakaurawaogawaniizaomiyayoriiotakishikihonjooganohannohanyuinasaitamaokegawaarakawayoshikawayokozehasudasayamahidakafukayachichibuiwatsukiryokamiyoshimikamiizumifujimiwarabiranzanmiyoshiminanoyashiosakadosugitomisatohigashichichibutodasokakukiyonokazoshiraokakasukabekounosukawajimatsurugashimamiyashirokitamotohatoyamamoroyamahatogayakumagayakawaguchinagatorokamisatomatsubushinamegawatokigawakamikawafujiminohigashimatsuyamakoshigayatokorozawas3isk01isk02ryuohkoseikonanaishorittotakashimamaibarahikonetorahimenishiazaikokagamokotoyasuotsukusatsunagahamamoriyamatoyosatotakatsukinotogawaomihachimanhigashiomiakagiunnanizumogotsuamayatsukakakinokimatsuehamadamasudahikawahikimiokuizumoyasugiyakumomisatotamayuohdahigashiizumookinoshimanishinoshimatsuwanoshimaneshimadafujiedayoshidashimodagotembaiwataatamikosaiyaizuitoizumishimahaibaramakinoharaomaezakikawanehonkannamisusonohigashiizufukuroinumazukawazufujiaraishizuokahamamatsushimizuizunokunimatsuzakimorimachiminamiizunishiizukikugawakakegawafujikawafujinomiyaujiietsugaoyamayaitaohiranikkoashikagakuroisokanumasakurashioyakarasuyamamotegiichikaikaminokawatochigihagamokanogisanobatonasumibunasushiobaranishikatautsunomiyaiwafunemashikoshimotsukeohtawaratakanezawaitanokomatsushimatokushimaichibaminamiaizumiwajikikainanmiyoshinarutomimamugiananmatsushigesanagochishishikuinakagawamachidachiyodakomaefussainagitaitochofufuchuomeotahigashiyamatotoshimaokutamaaogashimakodairaedogawaarakawahachiojishinagawatachikawashibuyasuginamihinodekiyosesumidaoshimanerimamitakahamuraadachinakanomizuhobunkyomegurominatokoganeihigashikurumekokubunjihigashimurayamamusashimurayamatamakitahinochuokotokatsushikakouzushimaogasawaraakishimakunitachishinjukusetagayamusashinohachijoitabashiakirunohinoharachizunanbukotouramisasawakasayonagokogehinoyazutottorinichinansakaiminatokawaharaoyabetairainamiasahinantoimizufuchutakaokakurobeyamadajohanatoyamatonaminyuzenfunahashinakaniikawanamerikawaunazukitogahimiuozufukumitsutateyamakamiichiiwadearidayuasainamitaijikatsuragiaridagawatanabemihamahidakakainankiminomisatoshingushirahamakamitondayurakozakoyagobokitayamawakayamakudoyamahashimotokushimotokozagawahirogawakinokawanachikatsuurarsuseroeoishidasagaeoguniasahinagaitendonanyoobanazawanishikawasakataohkuratozawamikawamamurogawayamagatafunagatatakahatashonaishinjokahokuiideyuzakawanishitsuruokakaminoyamayamanobeshiratakamurayamanakayamakaneyamahigashineyonezawasakegawamitouubeyuuabushimonosekitabuseoshimatoyotaiwakunihikarishunannagatohagihofukudamatsutokuyamashowadoshitsurunanbukoshukaiminami-alpsnirasakikosugeotsukioshinohokutominobuyamanashifuefukichuokofuichikawamisatoyamanakakonakamichitabayamanishikatsuranarusawafujikawahayakawafujiyoshidafujikawaguchikouenohara\u9577\u91CE\u4EAC\u90FD\u5C90\u961C\u5927\u962A\u4E09\u91CD\u7FA4\u99AC\u5343\u8449\u6ECB\u8CC0\u4F50\u8CC0\u5948\u826Fadednelgaccogogror\u79CB\u7530\u611B\u77E5\u9AD8\u77E5\u57FC\u7389\u6C96\u7E04\u6803\u6728\u718A\u672C\u5CA9\u624B\u9752\u68EE\u5C71\u68A8\u65B0\u6F5F\u5CF6\u6839\u9CE5\u53D6\u9577\u5D0E\u9999\u5DDD\u5BAE\u57CE\u77F3\u5DDD\u5927\u5206\u5BAE\u5D0E\u8328\u57CE\u5C71\u53E3\u5175\u5EAB\u5C71\u5F62\u5FB3\u5CF6\u5E83\u5CF6\u798F\u5CF6\u798F\u5CA1\u5CA1\u5C71\u5BCC\u5C71\u9759\u5CA1\u611B\u5A9B\u798F\u4E95\u6771\u4EACxn--4it168dhatenadiaryxn--vgu402ckawaiishophatenablogcocottenamaste\u5317\u6D77\u9053penneehimeiwateversestabachibashigagonnagunmapermahaccaakitaosakauh-ohblushkochiaichifukuikuroncapooitigohyogotokyokyotopunyuthickcheap0t00g00j0mie2-ddaapyawjg0amfemsubxiiboomoobutchueekpgwrgrherskrboyrdyupperunderflierchipsmydnsheavyangryhippygirlyrulez\u795E\u5948\u5DDD\u9E7F\u5150\u5CF6\u548C\u6B4C\u5C71bambinaxn--nit225kokayamasaitamaxn--k7yn95exn--1lqs03nsapporoparasitelolipopmcxn--efvn9sniigatafukuokatokushimafukushimahiroshimakagoshimafakefurokinawaxn--8pvr4ucoolblogxn--0trq7p7nnkawasakinagasakimiyazakichilloutxn--8ltr62kxn--klty5xpeeweezombiecutegirlxn--rny31hxn--uuwu58axn--ntso0iqx3axn--djrs72d6uytoyamanikitanyantakagawamimozanagoyaboyfriendxn--2m4a15egreaterchowderegoismyamagatafashionstorexn--elqq16hxn--pssu33lsendaimiyagixn--rht27zpecoriaomorisaloonwatsonvivianxn--djty4knobushipigboatnaganopinokoxn--f6qx53asadistvelvetsecretxn--5js045dchicappayamanashiibarakidigickgirlfriendxn--1lqs71dmongolianxn--c3s14mxn--qqqt11mtochigixn--5rtq34kparallelo0o0mondkobesagabonadecaoitanarafoolkilldecimainhiholomosblokilociaoundopupugifutankcrapflopnooroopsmodsholyjeezstripperpepperbittershizuokaxn--rht3dkitakyushureadymadeicurusversusmatrixxn--rht61ehungryfloppygloomycrankyhandcraftedlittlestarxn--klt787dxn--kltx9awhitesnowsunnydaytottorilovepoptheshopbuyshopxn--5rtp49cxn--d5qv7z876cwebaccelxn--kbrq7oxn--4pvxsxn--1ctwolovesickkumamotocatfoodxn--tor131oyokohamawakayamatonkotsuxn--ehqz56nxn--uist22hxn--6btw5axn--kltp7dyamaguchifrenchkisspussycatxn--4it797kxn--uisz3gbabybluexn--zbx025dnetgamersxn--7t0a264ckanagawaxn--6orx2rishikawaxn--ntsq17ghalfmoonschoolbusjellybeanxn--mkru45iusercontentlolitapunkxn--32vp30hsakurastoragehokkaidoshimanecandypopbabymilksupersaleweblikeraindropbackdropwebsozaikikirarahateblodaynightmeneacsccogoormobiinfoaeusxxorgmilcomnetedugovorgcomnetedugovbizinfotmprdorgmilcomnomedugovassnotairespresseassocoopgouvveterinairemedecinpharmaciensorgnetedugovtraorgcomedurepgovmeneperekgacscaiiocogoitoresmshsseoulbusanulsandaeguc01milvkimmvchungnamjeonnamjeonbukeliv-dnsgyeonggijejueliv-cdnincheondaejeongangwongyeongbukgwangjuchungbukgyeongnameliv-apicoeduindorgcomembnetedugovorgmilcomnetedugovjcloudorgcomnetintedugovperbnrinfocooyorgcomnetedugovethipfscanvamypepethw3sstorachakeeneticjoinmcinbrowserdwebcyonnftstoragemyfritzaemewphlxachotelltdorgcomwebsocschngonetintedugrpgovassnomgacsccoorgnetedugovbizinfo123websiteidorgmilcomasnnetedugovconfidmedorgcomplcschnetedugovaccoorgnetgovpresstmassoirseproxaccosoundcasthoptocraftvp4c66orgnetedugovitsxwxmcdirmyboxbarsyedgestacksynologylogintoopencloudnohostwebhopdiskstationi234tcp4hoocgroknoipprivmydsddnsdnsforlohmustransipdscloudfilegear-sgbrasiliafilegearframerbarsybarsyonlinecoprdorgmilcomnomedugovinforgcomnetedugovnameacprorgcomartnetedugovpresseinfoassoinstgouvorgnycedugovbarsydscloudjuorgcomnetedugovminisiteaccoororgcomnetgovorgmilcompronetintedugovbizmuseumnameinfoaerocoopaccoorgcomnetintedugovbizcooporgcomgobneteduorgmilcomnetedugovbiznameaccoorgmilneteduadvgovcoorgcomnetaltgovforgotherhiskeeneticispmanagernomassoprod5476132eastasiacentraluswesteuropewestus2eastus2pnortheurope-01newzealandnorth-01southindia-01southcentralus2-01norwaywest-01eastus2-01westus2-01australiaeast-01italynorth-01israelnorthwest-01swedencentral-01westeurope-01centraluseuap-01taiwannorthwest-01uaecentral-01northcentralusstage-01israelcentral-01mexicocentral-01canadacentral-01austriaeast-01germanywestcentral-01francecentral-01ukwest-01denmarkeast-01polandcentral-01eastus-01westus-01swedensouth-01eastus3-01westus3-01brazilsouth-01centralus-01francesouth-01australiacentral-01westindia-01uaenorth-01jioindiacentral-01canadaeast-01belgiumcentral-01spaincentral-01koreacentral-01chilecentral-01qatarcentral-01westcentralus-01eastus2euap-01norwayeast-01southafricanorth-01brazilsoutheast-01germanynorth-01switzerlandnorth-01switzerlandwest-01japanwest-01southafricawest-01japaneast-01eastasia-01indiasouthcentral-01taiwannorth-01centralindia-01uksouth-01southcentralus-01northcentralus-01eastasiastage-01indonesiacentral-01australiacentral2-01australiasoutheast-01malaysiawest-01koreasouth-01southeastasia-01southeastus5-01northeastus5-01jioindiawest-01rucdnwest1-usfra1-desandboxjls-sto1jls-sto3jls-sto2aglobalabglobalsslmapprodfreetlsmapvpslon-1lon-2ny-1fr-1sg-1ny-2paassnwebpaashostingjelasticnordeste-idcsocuserpagescwebfileblobservicebuscoreatlricnjsjelasticwebsitestoragesezagbinruhuukjptsmyspreadshopmynetnameakamaiorigin-stagingfrom-coipv64dynv6cdn77serveblogadobeaemcloudhicamsprytdnsupno-ipownipde5ovhicpfirewall-gatewaysytesmypsxbarsyusgovcloudapimyamazemyradwebakamaihdsaveincloudfastlylbfrom-lasubsc-paysquare7in-the-bandblackbaudcdnhomelinuxoninfernoctfcloudservebbsdns-dynamiccloudfrontakamai-stagingipifonyham-radio-opsenseeringclickrisingcommunity-profrom-nylocalcertgrafana-devedgesuite-stagingcloudflareanycasteating-organicatlassian-devmydattofeste-iplocaltotorprojectknx-serveredgekeycloudflareglobalcloudyclustercasacamserveftpakamaized-stagingakamaiorigindns-cloudmyeffectboomlabotdashbuyshousestwmailhetemlazure-mobilein-dslthruhereredirectmedynuddnsbouncemesupabaseluyanicloudappakamaicloudfunctionsdebiannhlfanpgafanstatic-accessin-vpnmysynologymafeloappudohomeftptrafficmanagersiteleafseidatmemsetcloudflarecloudaccesskeyword-onazure-apiis-a-chefdoes-itgets-itwebhopselfiphomeipkicks-assedgesuitewindowsserver-ontunnelmolemydissentscrapper-sitecloudflarecnuni5srcfggffiobbzabchrsndenodynuopikddnsvpndnsakadnselastxkinghostvps-hostfastlyhomeunixazureedgeshopselectdontexistmyfritzcloudjiffyalwaysdatasells-itsquaresbroke-itazurefddattolocalat-band-campmeinforumfamilydsazurestaticappsdefinimabplaceddnsaliasdynaliasnow-dnsblogdnsroutingthecloudendofinternetdsmynasakamaiedgemymediapcadobeio-staticakamaiedge-stagingakamaihd-stagingddns-ipprivatizehealthinsurancelive-onkrellianschokokeksmassivegridmysecuritycamerarackmazeserveminecraftfrom-azis-a-geekakamaizedmoonscaleoffice-on-theusgovtrafficmanageradobeioruntimeedgekey-stagingreserve-onlinechannelsdvrdnsdojousgovcloudappcdn77-sslapps-1and1podzoneazurewebsitesdynathomescaleforceyandexcloudvusercontentisa-geekcdn-edgescoaemalcesappwriteazimuthtlonarvobuiltwithrocketnoticeablestorecomwebrecnetperotherfirminfoartslgdloncogoiltdorgmilcolcomplcschgenngonetedugovbiznamefirmmobiacincoorgmilcomnomwebgobnetintedubizinfocomyspreadshopdemongovtransurl123websitehosting-clusterkhplaycistrongsnesosvalerv\xE5lerxn--vler-qoaossandeheroysandeher\xF8yb\xF8boheroyher\xF8yxn--hery-iraxn--b-5gavalerb\xF8boxn--b-5gasandesandexn--hery-iraxn--vler-qoav\xE5lerh\xE5re\xE5laahavaofsfvfhlolnlalrlhmfmtmahcostntbu\xE5strmreigersundmyspreadshopg\xE1ls\xE1eidsvolltingvollgildeskalflor\xF8vads\xF8vard\xF8vanylvenxn--bhccavuotna-k7astrandaxn--kvnangen-k0axn--sknland-fxaxn--mosjen-eyarakkestadhyllestadnannestadvevelstadvaapstenordre-landsondre-lands\xF8ndre-landtjieltexn--vrggt-xqads\xF8r-aurdalsor-aurdalheradstordmoldefordef\xF8rdeseljefedjeryggehemnexn--krehamn-dxasognegranes\xF8gnebrynetjomevallebykletokkegiskedovretj\xF8mehob\xF8lvoldasaudatolgas\xF8mnaviknad\xF8nnasomnadonnatranafrananesnaraumasmolatr\xE6nafr\xE6nalesjasm\xF8la\xF8rstaorstahitrafloraaukraloppafr\xF8yarissasnasahalsagalsaromsaraisar\xE1isafroyasn\xE5sagronghobolfjelltydal\xE5rdalardalaskimharamkraanghkekr\xE5anghkesorumbarumhurumb\xE6rums\xF8rummodums\xE1l\xE1tb\xE1l\xE1tfrognbjugnv\xE5ganvagangulenskienl\xF8tenlotenstrynvefsnxn--merker-kuaskaunsveiob\xF8mlobomloskj\xE5kvardoflorovadsosalatbalats\xE1latkl\xE6buklabuselbubarduulvikskjakkleppris\xF8rxn--nttery-byaefl\xE5eidflahofmilgolholsellomskifetvikdepvgsfhsaskerrisorhamarasnes\xE5snesr\xF8rosrorosxn--slat-5namasoynaroyvaroyluroydyroyaskoyradoyandoyrodoymeloyrad\xF8yand\xF8yr\xF8d\xF8ymel\xF8yask\xF8ylur\xF8ydyr\xF8ym\xE5s\xF8yv\xE6r\xF8yn\xE6r\xF8yhoylandeth\xF8ylandetdivtasvuodnal\xF8renskoglorenskognesoddtangenxn--tjme-hraxn--smla-hraxn--stjrdal-s1aunjargalillehammerunj\xE1rgaxn--hamary-fyadavvenjargaxn--bearalvhki-y4a123hjemmesidegjerdrumxn--brnnysund-m8acxn--tnsberg-q1axn--mlatvuopmi-s4axn--snsa-roaxn--skierv-utaxn--brum-voatysfjordkvafjordeidfjordkv\xE6fjordsongdalenmjondalenmj\xF8ndalenxn--gls-elackragerog\xE1\u014Bgaviikagangaviikas\xF8rreisasorreisas\xF8r-varangersor-varangerxn--risr-iraskiervaxn--frna-woaxn--trna-woakvinesdalleksvikleirvikr\xF8yrvikroyrviksvelvikvenneslaevje-og-hornnessandnessj\xF8enmarnardalvindafjordsandefjordenebakksnillfjordullensvangxn--trany-yuabr\xF8nn\xF8ysundnamsskoganaustevollxn--stjrdalshalsen-sqbnord-aurdalnord-frontr\xF8gstadtrogstadgrimstadflakstadgjerstadxn--sandy-yuaxn--leagaviika-52bnore-og-uvdalvegarsheixn--rlingen-mxaxn--ggaviika-8ya47hveg\xE5rsheikarlsoykvitsoymasfjordenhamaroyinderoyosteroydavvenj\xE1rgasauheradguovdageaidnuxn--vre-eiker-k8abronnoysiellakkr\xF8dsheradkrodsheradkvinnheradbr\xF8nn\xF8yxn--mtta-vrjjat-k7afxn--lrenskog-54akvits\xF8yv\xE1rgg\xE1tkarls\xF8yoster\xF8yinder\xF8yhamar\xF8ybronnoysundxn--aurskog-hland-jnbbahccavuotnab\xE1hccavuotnagiehtavuoatnastor-elvdalmidtre-gauldalxn--gildeskl-g0akarasjokevenassixn--bievt-0qaxn--yer-znalebesbynessebyxn--hbmer-xqamalselvm\xE5lselvxn--unjrga-rtam\xF8re-og-romsdalmore-og-romsdalhareidmeland\xF8rlandorlandstrand\xE5lg\xE5rdsolundalgardafjord\xE5fjorddielddanuorrikautokeinoxn--stre-toten-zcbskodjeaejriestangeliernebamblestokkefauskesn\xE5asesnaasekongsvingerlangevagberlevagxn--flor-jrahattfjelldalostre-toten\xF8stre-totenvestfoldxn--mely-ira\xE1laheadjualaheadjunordreisaxn--troms-zuaxn--lgrd-poacporsangerflatangerstavangerleikangerbremangersamnangergieldakarasjohkaxn--rdy-0nabfrostautsirasnoasatromsaxn--sr-aurdal-l8aflekkefjordj\xF8lsterjolsteraremarkhedmarkn\xE5\xE5mesjevuemienaamesjevuemiexn--vard-jrarollagmer\xE5kermerakerorskog\xF8rskogxn--bdddj-mrabd\xE1k\u014Boluoktaxn--osyro-wuaaknoluoktatrysilskjerv\xF8ymandaljondalbindalrindalmeldalsuldalorkdalsigdalalvdall\xE6rdalhurdalsirdalverdallerdallardaloppdal\xE5seralaseralhadselkrager\xF8divttasvuotnaoverhallasteinkjerxn--hnefoss-q1askedsmokorsettroms\xF8xn--dyry-iravestre-totenmuseumxn--sandnessjen-ogbrahkkeravjufylkesbiblb\xE1jddarbajddarxn--laheadju-7yarennes\xF8yxn--koluokta-7ya57hxn--hgebostad-g3aleirfjordstorfjordbalsfjordb\xE5tsfjordbatsfjordmuos\xE1tbiev\xE1tloab\xE1tk\xE1r\xE1\u0161johkan\xF8tter\xF8yxn--mjndalen-64anordkappl\xE1hppilahppialstahaugsiljanverranr\xF8ykenroykenhaldenlyngenbergenhortenh\xF8nefosshonefosstroandinbeiarnvarggatosoyroos\xF8yrotromsoidrettmuosatbievatruovatloabatvoagattynsetnessetxn--indery-fyask\xE1nitskanitraholtr\xE5holtxn--ystre-slidre-ujbandebusarpsborgbearduxn--karlsy-fyahordalandjorpelandj\xF8rpelanddeatnuringsakers\xF8r-odalsor-odalxn--slt-elabringerikeaudnedalnittedalnissedalhemsedalslattumsurnadalxn--blt-elabelverumstj\xF8rdalnaustdalhjartdalgj\xF8vikfyresdalhasviknarviklarvikgjovikmalvikgamviklenvikporsgrunnstjordalengerdaldrobakdr\xF8bakxn--msy-ula0hvestvagoyxn--vgan-qoaxn--ryken-vuaxn--lten-graxn--stfold-9xaxn--hpmir-xqaxn--lury-iram\xE1latvuopmimalatvuopmitysv\xE6rkirkenesbirkenesmoskenesb\xE1id\xE1rxn--fjord-lraxn--rdal-poabahcavuotnab\xE1hcavuotnaxn--frde-gralind\xE5sbearalvahkixn--hobl-irar\xE1hkker\xE1vjuxn--loabt-0qav\xE5g\xE5\xE1lt\xE1bod\xF8sundlundrader\xE5deetnetimeholeauregrueoddavagavegaranatanaarnasolasulaaltalekafusavangbergkvam\xE5mliamlibokntinnroangranosenoslobodor\xF8stroststat\xE5motamotivgupriv\xF8yeroyerliermossvossxn--nvuotna-hwalusterlunnermarkerh\xE1bmerhabmerhvalerfjalerxn--rholt-mratysvarbaidarfitjargaularh\xE1pmirhapmirmelhusfosnes\xF8ksnesoksnestysneshemnesevenesflesbergeidsbergtonsbergt\xF8nsberglindasxn--sndre-land-0cbnamsosxn--srum-gra\xF8ystre-slidreoystre-slidrevestre-slidretrondheimbalestrandxn--langevg-jxaaustrheimxn--skjk-soavagsoyaveroysandoykarmoyfinnoytranoyvestbytranbysykkylvenxn--hyanger-q1aspjelkavikandasuoloxn--fl-ziaxn--drbak-wuastathellexn--sr-varanger-ggbtelemarkxn--bhcavuotna-s4axn--porsgu-sta26f\u010D\xE1hcesuolocahcesuoloakrehamn\xE5krehamnsand\xF8ykarm\xF8yfinn\xF8ytran\xF8yv\xE5gs\xF8yaver\xF8ynamdalseidxn--lesund-huabadaddjaxn--vegrshei-c0axn--btsfjord-9zagildesk\xE5lporsanguxn--trgstad-r1an\xE1vuotnanavuotnahammerfestxn--sgne-graxn--brnny-wuacibestadharstadnarviikaeven\xE1\u0161\u0161ivestnesgjemnessandnesagdenesrennesoyxn--avery-yuaxn--tysvr-vrabearalv\xE1hkikongsbergspydebergrandabergxn--andy-iradavvesiidaxn--krdsherad-m8apors\xE1\u014Bgufredrikstadbjerkreimringeburennebuaurskog-holandnotteroyxn--vgsy-qoa0jxn--rmskog-byaskierv\xE1ivelandbyglandfrolandaurlandforsandxn--bjddar-ptamidsund\xE5lesundalesundfetsundfarsundovre-eiker\xF8vre-eikerakershusxn--moreke-juas\xF8rfold\xF8stfoldostfoldsorfoldh\xF8yangerhoyangerlevangerorkangertanangerxn--vestvgy-ixa6olillesandulsteinxn--rennesy-v1agranvinskjervoyxn--klbu-woalavagisxn--h-2faxn--ryrvik-byakafjordk\xE5fjordseljordfolkebiblxn--gjvik-wuajevnakerxn--kfjord-iuabudejjuxn--kranghke-b0axn--davvenjrga-y4axn--rland-uuaxn--ldingen-q1axn--mlselv-iuaxn--rady-iraxn--linds-prabrumunddalxn--ygarden-p1amo-i-ranaeidskogr\xF8mskogromskoghjelmelandxn--finny-yuaxn--sr-odal-q1axn--skjervy-v1aballangenkvanangenkv\xE6nangengratangenxn--hmmrfeasta-s4acvossevangensuohkanxn--rde-ulaxn--mli-tlaxn--ksnes-uuanordlandskanlandsk\xE5nlandsortlandfuoiskuxn--rros-graxn--hcesuolo-7ya35bxn--eveni-0qa01gagaivuotnag\xE1ivuotnaxn--seral-lradrammenmodalenmosjoenjan-mayentorskensteigengloppenxn--snes-poamatta-varjjatxn--sr-fron-q1aomasvuotnajessheimb\xE5d\xE5ddj\xE5xn--krager-gyaxn--kvfjord-nxaxn--asky-iraxn--snase-nraxn--bidr-5nacholt\xE5lenxn--vads-jraxn--jlster-byamosj\xF8enxn--rst-0nastavernxn--ostery-fyaxn--oppegrd-ixaxn--sknit-yqaxn--risa-5naoppeg\xE5rdskiptvetrendalenholtalenxn--mot-tlaxn--lhppi-xqaxn--holtlen-hxaxn--srreisa-q1akopervikxn--muost-0qaxn--bmlo-grahokksundkvalsundegersundxn--karmy-yuaullensakerxn--hylandet-54axn--kvitsy-fyaxn--bod-2nalangev\xE5gberlev\xE5gkristiansandxn--rsta-frahornindalstj\xF8rdalshalsenstjordalshalsensandnessjoenh\xE1mm\xE1rfeastaxn--lrdal-sras\xF8r-fronsor-fronnord-odalkristiansundm\xE1tta-v\xE1rjjatvestv\xE5g\xF8ynesoddennotoddenbuskerud\xF8ygardenoygardensalangenlavangenralingenr\xE6lingenlodingenl\xF8dingenlea\u014Bgaviikalaakesvuemieleangaviikauenorgexn--srfold-byaaskvollxn--rskog-uuaxn--nry-yla5gxn--vry-yla5ghammarfeastaxn--rhkkervju-01afxn--givuotna-8yakommunekrokstadelvanedre-eikerhagebostadh\xE6gebostadxn--berlevg-jxakviteseidxn--s-1faxn--l-1faxn--nmesjevuemie-tcbafuosskomo\xE5rekemoarekexn--lt-liacxn--jrpeland-54asvalbardoppegardholmestrandtvedestrandsogndalsokndalarendalsunndalfolldalxn--krjohka-hwab49jlyngdaletnedalnorddalsaltdalgausdalskedsmovaksdalgjesdalstordalxn--frya-hraaarbortedrangedalxn--smna-graaurskog-h\xF8landxn--vg-yiabtjeldsundhaugesundlindesnesxn--mre-og-romsdal-qqbxn--dnna-gradyntmpheremerseineshacknetenterprisecloudmineaccomaorim\u0101oriorgmilcriiwigennetschoolhealthkiwigovtgeekxn--mori-qsacloudnsparliamentcomedorgcompronetedugovmuseumwebsitekinservicebarsywebsitebuildereerobookheimdnsleapcelleero-stagetechcrscsslorigingohomecdbedeeeiemesecabgngilnlalplchfisiincnnoroptatitmtltruauhulumkdkukskjplvtrgrfrkrhrusesismycynzcznetinteduassoososcloudstgbetaaezaeuhkusjswzhatenadiarycdn77hoptozaptois-a-knightmyftpno-ipjpnddnssdpdnsspdnsbarsysweetpepperis-a-bruinsfanis-very-sweetservegameis-a-soxfanhomelinuxcdn77-secureservebbsmisconfusedwebredirectblogsitefreedesktopcouchpotatofriestoolforgeaccesscamis-lostreadmyblogsmall-webfedorapeopleserveftpis-a-celticsfanmywirepotagertwmailin-dslsellsyourhomeread-booksfreeddnscable-modemis-savednflfanufcfanmlbfanstuff-4-saleendoftheinternetin-vpnmy-firewallhomeftpis-localis-a-chefboldlygoingnowherewebhopselfipkicks-assroxatunkcamdvrfedoraprojectgotdnsdvrdnsdyndnspubtlspimientahomeunixdontexistfedorainfracloudwmflabsfspagesbmoattachmentsteckidsfamilydsdnsaliasdynaliasnow-dnscloudnsdoomdnsduckdnsblogdnshomednsroutingthecloudendofinternetdsmynasip-dynamicpoivronhttpbinmyfirewallis-very-evilmysecuritycamerais-a-linux-userwmcloudis-a-geektuxfamilyis-a-candidatedoesntexistis-very-badhobby-sitegame-hostaltervistais-foundis-a-patsfandnsdojohepforgepodzonedynservcollegefanis-very-goodfrom-meis-very-niceisa-geeknerdpolacmedsldingorgcomnomgobabonetedugintapleskaemhlxmyboxrockyprvcydeuxfleurssolidresvibekitprodomgspdnscodebergheyflowstatichostlinkyhostmymagicorgmilcomnomgobneteduorgcomeduiorgmilcomngonetedugovcloudns1337ngrokacorggogfamcomwebgobnetedugokgopgkpgovgosbizpasaugumicsopozpapuwmwsrprusiskwpspkppspkmpspokeoiawsawifoumsdnskokwpmuppuppsppiwwiwoowuzswkzoschrzpisdnwzmiuwwitdpssewsseumigugimoirmpinbwinbwiihupporzgwgriwupowwskrwioswuozstarostwokonsulattmpccopruszkowmyspreadshopostrodakartuzyopolegminamediaustkazgorajgoraolawailawalomzawloclradombytomjaworznotargilubinkoninzagantorunkutnokepnonakloczestsopotsanokturekplockslasksklepzarowlukowmedaidgdaorgmilrelcomnomatmgsmartneteduelkgovwawsossexbiztgorysejnytychypomorzeboleslawiechomesklepsdscloudunicloudzakopanelegnicarawa-mazbydgoszczswidnikkrasnikwloclawekbielawamragowograjeworealestatebeskidykaszubymalopolskaprzeworskswiebodzinlecznadfirmaszkolawarmiagdyniamiastakazimierz-dolnymalborkswidnicadlugolekaostrolekapodlasieelblagtravelsimplesitezachpomormielecszczecinnieruchomosciwalbrzychlezajsklublinbedzinpoznanwielunmielnooleckostarachowicedkontopowiatwroclawrybniksuwalkileborkslupskgdanskostrowwlkptarnobrzegtourismwegrowkrakowglogowyou2pilanysamailwrocinfoagroautobeepshoppriviqhslapypiszlodzcfolksecommerce-shopmazurypulawyskoczowrzeszowpomorskiezgierzkaliszolkuszlowiczostrowiecsosnowiecmazowszewodzislawbialowiezazgorzeleckatowicepabianicejelenia-gorawolominkarpaczsieradznowarudaczeladzkonskowolaskierniewiceswinoujscieturystykabieszczadycieszynketrzynolsztynbialystokbabia-goraprochowicewarszawastalowa-wolapolkowicegorlicegliwiceponiatowalimanowalubartowaugustowkobierzyceopocznognieznoszczytnokolobrzegshoparenapodhalebielskoklodzkostargardcoshipatwithplayitownnamecoorgnetedugovacorgcomproestnetedugovbiznameislaprofinfoprodrechtngrokmedaaaacacpaenglawjurbarenterbarsykeeneticavocatacctcloudnsorgcomsecplonetedugov123paginaweborgcomnetintedugovnomepublidkinbarsygovx443cloudnsorgmilcomnetedugovcooporgmilcomschnetedugovnamecomcannetlibassoaemclantmcontstoreorgcomnomrecwwwbarsyfirminfoshopartsv6stackitmyddnswebspacelima-cityacincooxorgedugovbarsybrendlyhbvpsvpsspectrumlandinghostingacppmordoviamcprecbgorgmilcomspbnetintedumsknovgovbirrasmcdirmytismircloudvladimirnalchikadygeyamarinepyatigorskmyjinobashkiriaeurodirvladikavkazna4ugroznykustanaikalmykiacldmaildagestaniransmbuildcloudcanvaliaravalrwxwixdevelopmentappwritemigrationneedleverceldatabasestackitcodereplravendbsanityonporterlovableaccoorgmilnetgovcoopmedorgcompubschnetedugovservicemecomygovorggovtvmedorgcomnetedugovinfoedgfacbmlonihkutwpsryxzbdtmacfhppmyspreadshopbrandpartiorgcomfhvpress123minsidaitcouldbeworlanbibkommunalforbundfhskiopsyskomvuxkomforbnaturbruksgymnloginlineorgcomnetedugovenscaledeuusentsurgebotdaorgmilcomnetgovnowteleporthashbangbearlyplatformlovablebarsyshopwarebasehoplixbarsyonlinemsf5gitpagewawamscofigma-govcaffeinefigmacanvaceerosoltstscwputernippybarsysupportchatgptsquareomniweopensocialcpanelplaycodenotionnovecorewpsquaredpreviewjelecyonbyensrhtklivfastvpspieboxconvexmedusajsjouwwebheyflowplatformshdocsflowyloginlinemadethissourcecraftclouderaorgorgcomartedugouvunivmeorgcomnetedugovsurveysstatichfheiyumanusxs4allprojectmyfastubervibehostapp-ionosdeployagentmecoorgcomschnetedugovbizcncostoreorgmilcomneteduembaixadaconsuladokiraranohoprincipesaotomeheliohobarsystorebaseshopwaresellfyaisanityabkhaziavologdamordoviapenzalenugsochinavoiexnetspbmsknovnorth-kazakhstanashgabadkareliaarmeniageorgiavladimirnalchikivanovobukharaadygeyakhakassiakalugakrasnodarjambylaktyubinsktroitskbryanskobninskkurganazerbaijanpokrovskbashkiriatselinogradvladikavkazmurmansktulatuvamangyshlaktashkentchimkentgroznykaragandatermezarkhangelskkustanaikalmykiabalashoveast-kazakhstankaracoldagestantogliattibarsyredorgcomgobedumirenaccoorgjelasticdiscoursecleverappsschacmiincogoornetonlineshopcogoorgmilcomwebnicnetintedugovbiznametestcoorgmilcomnomnetedugovorangecloudpersoindorgcomfinnatnetgovensmincomtourismintlinfox0611orgmilcomnetedugovquickconnectvpnplusnettprequalifymeaddrmyaddrntdllwadlnctvavdrk12orgmilpolbeltelcomwebgennetedutskkepgovbbsbiznameinfocoorgmilcompronetedugovbiznameinfobetter-thanworse-thansakurafromdyndnson-the-webmymailerorgmilurlcomneteduidvgovmydnsgameclubebizmeneacsccogotvorhotelmilmobiinfovodteiflgplkmsmsbcckhincndnvncoztltmkckppzpdprvcvkvlvcrkrkscxuzchernovtsyrivneyaltaodesavolynrovnolutskltdinforgcomnetedugovbizvinnicazhitomirternopilpoltavakropyvnytskyizaporizhzhiasevastopolsebastopoluzhgoroduzhhorodkharkovkharkivvinnytsiakhmelnytskyizaporizhzhecrimeaodessazhytomyrnikolaevcherkassydonetskluganskluhanskkirovogradivano-frankivskchernivtsikrymkievkyivlvivsumyzakarpattiamykolaivcherkasychernigovkhersonchernihivdnipropetrovskdnepropetrovskkhmelnitskiyneacsccogoorusorgmilcomedugovmyspreadshopadimono-ipbarsybarsyonlinelayershiftnh-servretrosnubapicampaignservicelugaffinitylotteryweeklylotteryraffleentrygluglugsmeaccoindependent-inquestnimsitecopropymntltdorgplcschnetgovnhsbarsyindependent-commissionindependent-reviewpolicepublic-inquiryindependent-panelconnhospindependent-inquiryroyal-commissionoraclegovcloudappscck12libaws-govccphxcclibpvtparochchtrcck12libcceatonk12coglibtecgendstmusann-arborwashtenawcck12glghcck12sealibforksolympiabainbridge-islkeyporthoquiamyarrow-pointcentraliaport-townsendsequimport-ludlowrentonsilverdalebremertonredmondsheltonbellevueport-orchardport-angeleskingstonchehalisaberdeengig-harborseattlepoulsboidmdndsddemenegacalamaiavawapailalflnmdcncscohnhmihiviwiriinmntnmocoutvtctmtgunjokakwvnvprarorasmskstxwynykyazisadninsnngosrvis-bymircloudservernamepointtoenscaledland-4-salefreeddnsstuff-4-saleazure-apinoipdatabricksappscloudnsgolffanheliohostazurewebsitesgvorgmilcomgubneteducoorgcomnetd0egvorgmilcomnetedugovmydnsiacostoree12orgmilcomnomwebgobbibrectecnetintedugovraremprendefirminfoartseducok12orgcomnethidnsadidacaionioapsonlahanamhanoicamauhueorgcompronetintedugovbizbacninhtayninhhoabinhnamdinhtravinhhaiphongvinhlonghaiduongquangnamquangtrithuathienhuequangninhbacgianghaugiangquangbinhsoctrangbentrethanhphohochiminhdanangkontumhatinhkhanhhoathanhhoahealthgialailaocaiyenbaibackanngheanlonganphuyenphuthocanthodaklakdongnainameinfovinhphucdongthapkiengiangtiengiangquangngailaichaulangsonlamdongdaknonghagiangangiangcaobangbinhduongninhthuanbinhthuanbaclieuthaibinhninhbinhbinhdinhtuyenquanghungyenbaria-vungtauthainguyendienbienbinhphuocschbizputerorgcomnetedugovcloud66advisormypetsdyndnsxn--8dbq2axn--4dbgdty6cxn--5dbhl8dxn--hebda8bxn--80auxn--d1atxn--c1avgxn--o1acxn--o1achxn--90azhxn--55qx5dxn--uc0atvxn--od0algxn--wcvs22dxn--gmqw5axn--mxtq1mxn--12c1fe0brxn--h3cuzk1dixn--12co0c3b4evaxn--12cfi8ixb8lxn--o3cyx2axn--m3ch0j3axn--j1adpxn--90amcxn--90a1afxn--h1ahnxn--j1ael8bxn--h1alizxn--c1avgxn--j1aefxn--80aaa0cvacxn--41acaffeineexeopentunnelbotdashtelebitorgtmaccoagricorgmilnomwebnicngonetaltedugovlawnisschoolgrondaraccoorgmilcomschnetedugovbizinfoprg1-zeropstritonstackitlimazeropsaccoorgmilgov\u044F\u0441\u043F\u0431\u043E\u0440\u0433\u043A\u043E\u043C\u043C\u0441\u043A\u0431\u0438\u0437\u043C\u0438\u0440\u0441\u0430\u043C\u0430\u0440\u0430\u043A\u0440\u044B\u043C\u0441\u043E\u0447\u0438\u0430\u043A\u043E\u0434\u043F\u0440\u043E\u0440\u0433\u043E\u0431\u0440\u0443\u043F\u0440\u05E6\u05D4\u05DC\u05DE\u05DE\u05E9\u05DC\u05D9\u05E9\u05D5\u05D1\u05D0\u05E7\u05D3\u05DE\u05D9\u05D4\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23\u0E18\u0E38\u0E23\u0E01\u0E34\u0E08\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E28\u0E36\u0E01\u0E29\u0E32\u0E17\u0E2B\u0E32\u0E23\u0E40\u0E19\u0E47\u0E15\u6559\u80B2\u7DB2\u7D61\u7D44\u7E54\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\uB2F7\uB137\uD55C\uAD6D\u6FB3\u95E8\u65B0\u95FB\u6FB3\u9580\u8054\u901A\u5BB6\u96FB\u5609\u91CC\u62DB\u8058\u901A\u8CA9\uB2F7\uCEF4\uC0BC\uC131\u30B3\u30E0\u10D2\u10D4\u0431\u0433\u0440\u0444\u0435\u044Eadcdbdgdidmdsdtdaebedeeegeiejekemenepereseveyegabacalamanauavapaqasazacfbfafgfnfpfwftfbgcgagggegkgngmgsgpgvgtgugilmlnlalclglplsltlhmimjmkmmmomambmcmdmfmgmzmpmsmtmgbbblbsbecccacnclcmcvctcscmhkhghchbhthphshlinikifigiaibicivisikninhnmncnbngnsnpnvntnjoionomobocoaofodorosotoptstttytatbtetgtithtmtltrusuvuaucueuguhulumunufjdjbjtjsjlkmkhkfkdkcktkukskpkgpmpnpkpjpgqaqmqiqsvtvcvbvmvlvrwpwtwzwbwcwawgwkwmwtrsrprgrfrercrbrarnrmrlrkrirhrwsusrssspsgsesbsaslsmsissxmxaxcxuypysylymykygybycyuztzsznzmzkzdzczbzaz\u03B5\u03BB\u03B5\u03C5\u4E16\u754C\u53F0\u7063\u8D2D\u7269\u516C\u76CA\u70B9\u770B\u81FA\u7063\u7F51\u7EDC\u66F8\u7C4D\u5728\u7EBF\u7F51\u7AD9\u624B\u673A\u673A\u6784\u5927\u62FF\u6E38\u620F\u4FE1\u606F\u53F0\u6E7E\u8C37\u6B4C\u6148\u5584\u5546\u6807\u9999\u6E2F\u4E2D\u56FD\u9910\u5385\u7F51\u5740\u4E2D\u570B\u5546\u57CE\u98DF\u54C1\u5FAE\u535A\u653F\u52A1\u79FB\u52A8\u96C6\u56E2\u516C\u53F8\u516B\u5366\u5546\u5E97\u5065\u5EB7\u7F51\u5E97\u653F\u5E9C\u65F6\u5C1A\u4F5B\u5C71\u4E2D\u4FE1\u5A31\u4E50\u5E7F\u4E1C\u4F01\u4E1Ahomedepotengineering\u0627\u0645\u0627\u0631\u0627\u062Arepublicankuokgroupversicherungchannelcitadelxn--pgbs0dhxn--b4w605ferdstatebankwebsitexn--mgb9awbf\u4E9A\u9A6C\u900A\u6DE1\u9A6C\u9521alibabaxn--ngbc5azdxn--mgbbh1axn--45br5cyltoshibabuildworldcloudtradeguideplacespacedancemoviephoneprimesmilebiblestyleappleazurestoreskypegripexn--l1accdrivelottehorsehouseleasechasereisestadahondaomegaaetnaamicaninjanokiamediadeltavodkaedekaosakapizzaslingemailgmailtirolshelltmallfinallegaltotalhotelamfamforumrehabmusicciticricohcoachwatchboschearthfaithirishmiamiarchidubaiguccipraxi\u307F\u3093\u306A\u30B9\u30C8\u30A2\u30BB\u30FC\u30EBcanonsalononionnikonepsonkoelngreensevencrownikanoradioaudioweiboglobopromogalloyahoociscorodeovideomangobingotokyovolvolottokyotophotosmartsportquesttrusthyattjetztadultcymrubaidutushuxn--kprw13dubankclickblackmerckgroupsharpcheapnowtvxn--h2brj9c\u05E7\u05D5\u05DD\u0570\u0561\u0575\u043E\u0440\u0433\u0441\u0440\u0431\u043C\u043E\u043D\u043A\u043E\u043C\u0431\u0435\u043B\u043C\u043A\u0434\u049B\u0430\u0437\u0440\u0443\u0441\u0443\u043A\u0440\u0645\u0635\u0631\u0642\u0637\u0631\u0639\u0631\u0628\u0643\u0648\u0645dadcfdmedwedredphdthdbidpidkrdmsdltdiceonewmeglemoerwecfageacbanbambaaaammakianraspacpaaxawtfbcgaegongingaigvigorgdogdhlmilrilonlaolloluoljllcalgalnflafltelsrlfrllplkimibmcamcombommomifmabbjcbscbwebcabnabtabmlbpubabcbbcnecincpncllcstcwtcpwcnyckfhbzhovhmoiskiobisbitcifyituipinvinwinxincbnbcnmanfangdnmenrenkpnmtnyunrunfununobiojioriohbogmofooboooooacoecoceongoproartistottnttbbtcateatlatvetpetbetnethktmitfitintjothotgotdotbotprueduicujnjyouinknhktdkappsapgapmapdnptopgopllpjmpzipvipripesqtrvdtvitvdevmovgovhivnrwlawsewnewbmwwownowhowdvrftrmtrsfrbarcartvscrseusawsupsubssbsadsddsldssasbmsmlsxxxboxfoxgmxtjxsextaxbuyflydiysoyjoyskypaydaygayxyzanzbizwebersenerpokerlameractortatarsolar\u0EA5\u0EB2\u0EA7\u0E04\u0E2D\u0E21\u0E44\u0E17\u0E22tourslocusnexuslexusgiftsbeatsboatspartspressglassswiss\u0915\u0949\u092E\u0928\u0947\u091Ftiresgivescodeshomesgamestunesshoescardswalesloansvegastoolsdealsautosparis\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3workssucksrocksxeroxforexfedexpartylillymoneystudyrugbytoraytoday\u4E2D\u6587\u7F51xn--unup4y\u5929\u4E3B\u6559\u98DE\u5229\u6D66\u65B0\u52A0\u5761enterprises\u6211\u7231\u4F60\u5609\u91CC\u5927\u9152\u5E97christmasxn--fct429kholdingsxn--8y0a063axn--mgbx4cd0ablifestyleabogadoallstatenetbank\u0643\u0627\u062B\u0648\u0644\u064A\u0643xn--s9brj9cxn--gk3at1ebestbuycharityxn--55qx5dmicrosoftpropertybasketballhomegoodscorsicajewelrygallerygrocerysurgerycountrybrusselsverisignferreroxn--czr694bhdfcbankcommbanksoftbank\u067E\u0627\u0643\u0633\u062A\u0627\u0646\u067E\u0627\u06A9\u0633\u062A\u0627\u0646nextdirect\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0647\u0627\u0644\u0639\u0644\u064A\u0627\u0646xn--h2brj9c8cxn--80adxhksshikshaxn--mgbai9azgqp6jcuisinellabarclayscatholicxn--kpry57dcompanyxn--xhq521bblackfridayxn--mgba3a3ejtsandvikxn--d1acj3bacademydownload\u0645\u0644\u064A\u0633\u064A\u0627xn--j1amhxn--w4r85el8fhu5dnraipirangaathletaxn--fhbeixn--mgbqly7cvafrzuerichxn--c2br7g\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8contractorsxn--io0a7igraphicsinsurancetemasekxn--xkc2al3hye2amotorcyclesphotographydirectoryplumbingxn--vhquvclothingtrainingcleaningwilliamhilllightingxn--mgba3a4f16ashoppingcateringeducationokinawapicturesventuresproductionsxn--9et52uwalmart\u0D2D\u0D3E\u0D30\u0D24\u0D02supportrealestatecapitalonexn--nqv7fs00emaauspostfloristdentistxn--qxamgodaddybradescobargainsmitsubishikerryhotelsxn--9dbq2axn--3pxu8kimmobilienxn--fjq720axn--mgbtx2bholidaymckinseymadridbusinessbuildersxn--4gbrim\u043C\u043E\u0441\u043A\u0432\u0430\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u0629coffeedegreelacaixapartnersalsaceofficeabbvievoyageorangegeorgeonlinechromemobilekindlegoogleoraclecircleschulesecureinsurexn--mgba7c0bbn0aestatexn--mgbc0a9azcgcruisehangoutxn--vuq861bxn--42c2d9arexrothfirestoneuniversityxn--nnx388alifeinsuranceextraspace\u043E\u043D\u043B\u0430\u0439\u043Dverm\xF6gensberatersoftwarexn--fiqs8sxn--mgbab2bdxn--w4rs40ltienda\u092D\u093E\u0930\u0924\u092E\u094Dafricatoyotaotsukasakuracameracreditcardnagoyaconsultingnetworktheatermonsterprogressivepioneerxn--55qw42gracingdatingvotingvikinglivinggivingxn--bck1b9a5dre4cbrotherweatherjoburg\u0641\u0644\u0633\u0637\u064A\u0646lplfinancialxn--clchc0ea0b2g2a9gcdfutbolschoolsocialglobaldentalwoodsidechanelairtelmatteltravelrealtorwebcamstream\u0C2D\u0C3E\u0C30\u0C24\u0C4Dunicomalstomxn--nodexn--6frz82gmuseumfurniturexn--rvc1e0am3exn--mix891faccenturexn--11b4c3dismailineustardiscountquebeccomsecclinicservicesxn--y9a3aqxn--c1avgswatchchurchsearch\u0627\u0644\u0627\u0631\u062F\u0646marketingcontacthealthmonashshoujisanofitaipeiamericanexpresssuzuki\u30A2\u30DE\u30BE\u30F3\u30AF\u30E9\u30A6\u30C9\u30DD\u30A4\u30F3\u30C8bharti\u30B0\u30FC\u30B0\u30EBxn--mgberp4a5d4armemorialxn--1qqw23alondonmormoninstitutevisionbostonnortoncouponmaisonamazonvirginberlindesigndurbanolayannissananquanxihuanhitachikaufengardenreisenbayerntechnologydatsunxn--90a3aclatinocasinostudiophysioxn--ngbe9e0apharmacytattootaobaoaramcoexpertreportabbottdirectselectimamatfairwindspictettargetmarketintuittravelersinsurancecreditdupontryukyusuppliesxn--tckwebnpparibasschmidtmerckmsdyodobashirestaurantbridgestonecricketxn--fpcrj9c3dbostikbroadwayattorneylefrakemerckxn--fiq228c5hscareersfarmerswinnersflowersxn--wgbh1cguitarsxn--54b7fta0ccxn--p1acfmakeupgalluplandroverxn--kcrx77d1x4agoldpointbauhausxn--mgbayh7gpahiphopplaystationxn--mgba3a4fraxn--eckvdtc9dhyundaixn--gckr3f0fistanbulticketsmarketsflightschintaireviewsxn--3e0b707ewindowsxn--fiqz9sfinancialxn--fzys8d69uvgm\u0627\u0628\u0648\u0638\u0628\u064Adiscoverreview\u09AC\u09BE\u0982\u09B2\u09BExn--5su34j936bgsgmoscowobserverapartments\u0434\u0435\u0442\u0438\u0627\u0631\u0627\u0645\u0643\u0648\u0441\u0430\u0439\u0442eurovisionxn--i1b6b1a6a2exn--xkc2dl3a5ee0h\u062A\u0648\u0646\u0633\u0645\u0648\u0642\u0639\u0628\u0627\u0631\u062A\u0680\u0627\u0631\u062A\u0634\u0628\u0643\u0629\u0639\u0645\u0627\u0646\u0628\u064A\u062A\u0643\u0639\u0631\u0627\u0642readkredbondlandbandfundfoodprodgoldfordtubecafesafelifeggeeieeefreefagepagegugezonewinememenamegamesaleablebikenikelikecarecbreherefiresaveloveliveblueartedatesitevotecaseluxebofamodaltdaasdatiaayogasinavanashiaasiajavabbvatevavivadatazaraarpacasavisasncfprofmaifsurfgolfdvagsongbingpingwangkpmggoogblogpohlfailcooldellcalldeallidlsarlfilmteamroomfarmimdbarabclubhdfcicbchsbcgmbhrichtechfishdishcashminiernikddiaudiwikimobitaxicitikiwidesiqponskinloanakdnwienopenporncerntownimmolimoolloinfonicofidolegosaxozeroaerovivoautovotomotofastbestresthostpostnextlgbtchatseatgiftmeetdietreitmintrentgentspotscotguruitausohumenucyoubanklinkpinkdclktalksilkbookseekworkrsvpaarpjeepshopcoophelpcamppccwshowbeerstarruhrflirweirhaircarsparsjprshausplusnewstipstoysjobskidsfanspicsdocsxboxamexsexynavycitysonyarmyallybabyplaydeliverybuzzgbizlamborghiniphilips\u0DBD\u0D82\u0D9A\u0DCF\u0CAD\u0CBE\u0CB0\u0CA4fitnessexpresslanxesspfizercenterwalterlawyersoccercareerkosherbrokerlockerdealerdoctorauthorxn--mgbqly7c0a67fbcverm\xF6gensberatungjaguarxn--pssy2uxn--hxt814eflickrrepairrogersairbusxn--mgbai9a5eva00beventsyachtsxn--t60b56a\u09AD\u09BE\u09F0\u09A4\u09AD\u09BE\u09B0\u09A4\u092D\u093E\u0930\u0924\u092D\u093E\u0930\u094B\u0924viajeshermeshughesxn--j1aef\u0938\u0902\u0917\u0920\u0928villas\u0B2D\u0B3E\u0B30\u0B24claimshotels\u0AAD\u0ABE\u0AB0\u0AA4zapposphotosjuegoscondostatamotorsgratistennis\u0A2D\u0A3E\u0A30\u0A24tkmaxxtjmaxxschaeffleryandexxn--80aswgrealtysafetybeautyluxuryxn--3ds443gsupplyfamilyxn--o3cw4hhockeysydneyxn--90aenissayalipayenergycomputeragencyxn--rovu88b\u96FB\u8A0A\u76C8\u79D1xn--gecrj9cstatefarmaccountantaquarelleolayangroup\u9999\u683C\u91CC\u62C9xn--p1ai\u7EC4\u7EC7\u673A\u6784xn--1ck2e1bxn--mgbt3dhdschwarz\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627abudhabinowruzkomatsufujitsuhospitalxn--80asehdbxn--mgbtf8flxn--j6w193gxn--yfro4i67oprudentialxn--flw351ecruisescoursesrecipesxn--e1a4cferrarixn--ses554gxn--wgbl6awatchesstaplessinglesxn--mgbcpq6gpa1axn--otu796dpropertiescreditunionxn--mgbah1a3hjkrdstockholmhisamitsu\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629stcgroupdomainsoriginscouponsbloombergclubmedfroganslimitedxn--80aqecdr1aexposedinternationalequipmentbarclaycardxn--q7ce6axn--mgbi4ecexpprotectionassociatesconstructionxn--cck2b3bxn--45q11candroidfoundation\u05D9\u05E9\u05E8\u05D0\u05DCxn--mgbca7dzdocliniqueboutiqueengineerxn--qxa6asystemsfirmdalefashionauctionxn--nqv7finfinitirentalsreliancetradingweddingfishinghostinggentingbookingcookingxn--3hcrj9cgraingerxn--czrs0tdemocratsamsungyokohamaxn--h2breg3evexn--nyqy26alundbeckmelbournevacationssolutionsfrontierxn--vermgensberatung-pwbmanagementxn--cg4bkixn--mgb2ddeslincolnhamburgsandvikcoromantblockbusterairforcebarefootxn--4dbrk0ceinvestmentsfeedbackcommunityxn--ngbrx\u0627\u0644\u0628\u062D\u0631\u064A\u0646diamondsamsterdamhealthcareredumbrellaxn--mxtq1mxn--2scrj9cagakhanxn--mgbpl2fh\u043A\u0430\u0442\u043E\u043B\u0438\u043Acaravan\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCDrichardlimortgageamericanfamilyxn--fzc2c9e2cscholarshipssaarlandxn--imr513nvlaanderensamsclubgoodyearkitchen\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBEweatherchannelallfinanzxn--kput3i\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u06C3xn--90aisxn--efvy88h\u0627\u0644\u062C\u0632\u0627\u0626\u0631xn--mgbaam7a8hexchangejpmorganxn--tiq49xqyjfidelitysecurityxn--mk1bu44cwanggouxn--fiq64bxn--6qq986b3xlxn--mgbbh1a71exn--80ao21amarshallsxn--5tzm5gtravelerspanasoniclatrobeyoutubeaccountantsxn--rhqv96gxn--cckwcxetdanalyticsxn--ygbi2ammx\u0628\u0627\u0632\u0627\u0631\u0628\u06BE\u0627\u0631\u062A\u0633\u0648\u0631\u064A\u0629organicfresenius\u0633\u0648\u0631\u064A\u0627xn--9krt00axn--qcka1pmcxn--jlq480n2rgdeloittesciencefinancexn--jvr189mxn--30rr7yhomesensehotmailbaseballfootballleclercboehringerxn--q9jyb4cxn--mix082f\u0627\u0644\u064A\u0645\u0646\u0647\u0645\u0631\u0627\u0647politie\u0633\u0648\u062F\u0627\u0646\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646netflixyamaxunxn--lgbbat1ad8jcollegestoragecapetowncolognekerrypropertiesxn--mgbgu82axn--ogbpf8flxn--czru2dwhoswhociprianilasallexn--g2xx48cforsalebanamexaudiblexn--vermgensberater-ctbxn--zfr164bericssonvanguardxn--45brj9cindustriestheatremarriottxn--3bst00mcomparexn--mgberp4a5d4a87gcapitaldigital\u0627\u0644\u0645\u063A\u0631\u0628barcelonashangrilaxn--d1alfcalvinkleinwwwcitysapporokawasakinagoyasendaikobekitakyushuyokohamackjp";
    var rulesRoot = 664;
    var exceptionsRoot = 668;
    var numberOfNodes = nodeFlags.length;
    var numberOfEdges = edgeLength.length;
    var edgeOffset = new Uint32Array(numberOfEdges);
    var edgeHash = new Uint32Array(numberOfEdges);
    var wildcardEdge = new Int32Array(numberOfNodes).fill(-1);
    for (let node = 0, offset = 0; node < numberOfNodes; node += 1) {
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge += 1) {
        edgeOffset[edge] = offset;
        const end = offset + edgeLength[edge];
        let hash = 5381;
        for (let i = end - 1; i >= offset; i -= 1) {
          hash = hash * 33 ^ labelText.charCodeAt(i);
        }
        edgeHash[edge] = hash >>> 0;
        if (edgeLength[edge] === 1 && labelText.charCodeAt(offset) === 42) {
          wildcardEdge[node] = edge;
        }
        offset = end;
      }
    }
    var matchNode = -1;
    var matchStart = 0;
    var matchEnd = 0;
    function labelEquals(edge, hostname, start, length) {
      if (edgeLength[edge] !== length) {
        return false;
      }
      const offset = edgeOffset[edge];
      for (let i = 0; i < length; i += 1) {
        if (labelText.charCodeAt(offset + i) !== hostname.charCodeAt(start + i)) {
          return false;
        }
      }
      return true;
    }
    function findEdge2(node, hash, hostname, start, length) {
      let lo = edgeStart[node];
      let hi = edgeStart[node + 1];
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        const value = edgeHash[mid];
        if (value < hash) {
          lo = mid + 1;
        } else if (value > hash) {
          hi = mid;
        } else {
          for (let e = mid; e >= lo && edgeHash[e] === hash; e -= 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          for (let e = mid + 1; e < hi && edgeHash[e] === hash; e += 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          return -1;
        }
      }
      return -1;
    }
    function walk(hostname, root, allowedMask) {
      let node = root;
      let end = hostname.length;
      let hash = 5381;
      matchNode = -1;
      for (let i = hostname.length - 1; i >= 0; i -= 1) {
        const code = hostname.charCodeAt(i);
        if (code === 46) {
          const start = i + 1;
          let edge2 = findEdge2(node, hash >>> 0, hostname, start, end - start);
          if (edge2 === -1 && end !== start) {
            edge2 = wildcardEdge[node];
          }
          if (edge2 === -1) {
            return matchNode !== -1;
          }
          node = edgeChild[edge2];
          if ((nodeFlags[node] & allowedMask) !== 0) {
            matchNode = node;
            matchStart = start;
            matchEnd = end;
          }
          end = i;
          hash = 5381;
        } else {
          hash = hash * 33 ^ code;
        }
      }
      let edge = findEdge2(node, hash >>> 0, hostname, 0, end);
      if (edge === -1 && end !== 0) {
        edge = wildcardEdge[node];
      }
      if (edge !== -1) {
        node = edgeChild[edge];
        if ((nodeFlags[node] & allowedMask) !== 0) {
          matchNode = node;
          matchStart = 0;
          matchEnd = end;
        }
      }
      return matchNode !== -1;
    }
    function suffixLookup(hostname, options, out) {
      if (fastPathLookup(hostname, options, out)) {
        return false;
      }
      const allowedMask = (options.allowPrivateDomains ? 2 : 0) | (options.allowIcannDomains ? 1 : 0);
      if (walk(hostname, exceptionsRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchEnd + 1);
        return true;
      }
      if (walk(hostname, rulesRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchStart);
        return false;
      }
      out.isIcann = false;
      out.isPrivate = false;
      const lastDot = hostname.lastIndexOf(".");
      out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
      return false;
    }
    var RESULT = getEmptyResult();
    function parse2(url, options) {
      return parseImpl(url, 5, suffixLookup, options, getEmptyResult());
    }
    function getHostname(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 0, suffixLookup, options, RESULT).hostname;
    }
    function getPublicSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 2, suffixLookup, options, RESULT).publicSuffix;
    }
    function getDomain(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 3, suffixLookup, options, RESULT).domain;
    }
    function getFullDomain(url, options) {
      resetResult(RESULT);
      const result = parseImpl(url, 3, suffixLookup, options, RESULT);
      return result.domain === null ? null : result.hostname;
    }
    function getSubdomain(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 4, suffixLookup, options, RESULT).subdomain;
    }
    function getDomainWithoutSuffix2(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 5, suffixLookup, options, RESULT).domainWithoutSuffix;
    }
    exports2.getDomain = getDomain;
    exports2.getDomainWithoutSuffix = getDomainWithoutSuffix2;
    exports2.getFullDomain = getFullDomain;
    exports2.getHostname = getHostname;
    exports2.getPublicSuffix = getPublicSuffix;
    exports2.getSubdomain = getSubdomain;
    exports2.parse = parse2;
  }
});

// node_modules/punycode/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode/punycode.js"(exports2, module2) {
    "use strict";
    var maxInt = 2147483647;
    var base2 = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base2 - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base2;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base2) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base2; ; k += base2) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base2) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base2 - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base2; ; k += base2) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base2 - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module2.exports = punycode2;
  }
});

// src/core/attachments/extract/compound.ts
var MARKERS = [
  { name: "EncryptedPackage", says: "encrypted" },
  { name: "EncryptionInfo", says: "encrypted" },
  { name: "WordDocument", says: "doc" },
  { name: "Workbook", says: "xls" },
  { name: "Book", says: "xls" },
  { name: "PowerPoint Document", says: "ppt" },
  { name: "__properties_version1.0", says: "msg" },
  { name: "__substg1.0_", prefix: true, says: "msg" }
];
function nameAt(b, at) {
  const length = b[at + 64] | b[at + 65] << 8;
  const type = b[at + 66];
  if (length < 2 || length > 64 || length % 2 !== 0 || type !== 1 && type !== 2 && type !== 5) return void 0;
  let s = "";
  for (let k = 0; k < length - 2; k += 2) s += String.fromCharCode(b[at + k] | b[at + k + 1] << 8);
  return s;
}
function compoundKinds(b) {
  const found = /* @__PURE__ */ new Set();
  for (let at = 512; at + 128 <= b.length; at += 128) {
    const name = nameAt(b, at);
    if (name === void 0) continue;
    for (const m of MARKERS) if (m.prefix ? name.startsWith(m.name) : name === m.name) found.add(m.says);
  }
  return found;
}
function isOutlookMessage(kinds, hint) {
  return kinds.has("msg") || hint === "msg" && kinds.size === 0;
}
function compoundVerdict(kinds) {
  if (kinds.has("encrypted")) return { reason: "encrypted" };
  if (kinds.has("doc")) return { reason: "unsupported", detail: "legacy-doc" };
  if (kinds.has("xls")) return { reason: "unsupported", detail: "legacy-xls" };
  if (kinds.has("ppt")) return { reason: "unsupported", detail: "legacy-ppt" };
  return { reason: "unsupported" };
}

// src/core/attachments/extract/context.ts
var ExtractStop = class extends Error {
  constructor(reason, detail) {
    super(reason);
    this.reason = reason;
    this.detail = detail;
  }
};
var TICKS_PER_CHECK = 2048;
var ExtractContext = class _ExtractContext {
  constructor(limits, deadline, depth, chars = limits.maxTextChars) {
    this.limits = limits;
    this.deadline = deadline;
    this.depth = depth;
    __publicField(this, "ticks", 0);
    __publicField(this, "charsLeft");
    this.charsLeft = Math.max(0, chars);
  }
  /** Throws `timeout` once the clock has passed the deadline. */
  check() {
    const now = this.limits.now();
    if (now > this.deadline) throw new ExtractStop("timeout");
  }
  /** Counts `n` cheap steps and looks at the clock every so often. */
  tick(n = 1) {
    this.ticks += n;
    if (this.ticks >= TICKS_PER_CHECK) {
      this.ticks = 0;
      this.check();
    }
  }
  /** Characters this file may still add. */
  get remainingChars() {
    return this.charsLeft;
  }
  /** Records characters kept (by this file or an inner one). */
  spendChars(n) {
    this.charsLeft = Math.max(0, this.charsLeft - n);
  }
  /** The context for a file inside this one: the same deadline, one level deeper, the characters left. */
  inner() {
    return new _ExtractContext(this.limits, this.deadline, this.depth + 1, this.charsLeft);
  }
};

// node_modules/fflate/esm/index.mjs
var import_module = require("module");
var require2 = (0, import_module.createRequire)("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i = 0; i < 31; ++i) {
    b[i] = start += 1 << eb[i - 1];
  }
  var r = new i32(b[30]);
  for (var i = 1; i < 30; ++i) {
    for (var j = b[i]; j < b[i + 1]; ++j) {
      r[j] = j - b[i] << 5 | i;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i = 0;
  var l = new u16(mb);
  for (; i < s; ++i) {
    if (cd[i])
      ++l[cd[i] - 1];
  }
  var le = new u16(mb);
  for (i = 1; i < mb; ++i) {
    le[i] = le[i - 1] + l[i - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        var sv = i << 4 | cd[i];
        var r_1 = mb - cd[i];
        var v = le[cd[i] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i = 1; i < a.length; ++i) {
    if (a[i] > m)
      m = a[i];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i = 0; i < hcLen; ++i) {
          clt[clim[i]] = bits(dat, pos + i * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i = 0; i < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i = sym - 257, b = fleb[i];
          add = bits(dat, pos, (1 << b) - 1) + fl[i];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i = 0; i < d.length; ++i) {
    if (d[i])
      t.push({ s: i, f: d[i] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i2].f ? i0++ : i2++];
    r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i = 1; i < s; ++i) {
    if (t2[i].s > maxSym)
      maxSym = t2[i].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i < s; ++i) {
      var i2_1 = t2[i].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i;
    }
    for (; i >= 0 && dt; --i) {
      var i2_3 = t2[i].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i = 1; i <= s; ++i) {
    if (c[i] == cln && i != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i = 0; i < cl.length; ++i)
    l += cf[i] * cl[i];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i = 0; i < s; ++i)
    out[o + i + 4] = dat[i];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i = 0; i < lclt.length; ++i)
    ++lcfreq[lclt[i] & 31];
  for (var i = 0; i < lcdt.length; ++i)
    ++lcfreq[lcdt[i] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i = 0; i < nlcc; ++i)
      wbits(out, p + 3 * i, lct[clim[i]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i = 0; i < clct.length; ++i) {
        var len = clct[i] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i] >> 5 & 127), p += clct[i] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i = 0; i < li; ++i) {
    var sym = syms[i];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i2) {
      return (dat[i2] ^ dat[i2 + 1] << bs1_1 ^ dat[i2 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i + 2 < s; ++i) {
      var hv = hsh(i);
      var imod = i & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i) {
        var rem = s - i;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
          li = lc_1 = eb = 0, bs = i;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i + l] == dat[i + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i];
          ++lf[dat[i]];
        }
      }
    }
    for (i = Math.max(i, wi); i < s; ++i) {
      syms[li++] = dat[i];
      ++lf[dat[i]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i, st.w = wi;
    }
  } else {
    for (var i = st.w || 0; i < s + lst; i += 65535) {
      var e = i + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i = 0; i < 256; ++i) {
    var c = i, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i = 0; i < d.length; ++i)
        cr = crct[cr & 255 ^ d[i]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    if (Array.isArray(val))
      op = mrg(o, val[1]), val = val[0];
    if (ArrayBuffer.isView(val))
      t[n] = [val, op];
    else {
      t[n += "/"] = [new u8(0), op];
      fltn(val, n, t, o);
    }
  }
};
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i = 0; ; ) {
    var c = d[i++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i + eb > d.length)
      return { s: r, r: slc(d, i - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
  }
};
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i = 0; i < str.length; ++i)
      ar_1[i] = str.charCodeAt(i);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i = 0; i < l; ++i) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i = 0; i < dat.length; i += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i = 0; i < files.length; ++i) {
    var f = files[i];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd);
    wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}

// src/core/attachments/extract/decode.ts
function bomOf(bytes) {
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return { encoding: "utf-16be", length: 2 };
  return void 0;
}
function decodeText(bytes) {
  const bom = bomOf(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  if (isValidUtf8(bytes)) return { text: utf8(bytes), encoding: "utf-8" };
  return { text: windows1252(bytes), encoding: "windows-1252" };
}
function decodeAs(bytes, encoding) {
  switch (encoding) {
    case "utf-8":
      return utf8(bytes);
    case "utf-16le":
      return utf16(bytes, true);
    case "utf-16be":
      return utf16(bytes, false);
    case "windows-1252":
      return windows1252(bytes);
  }
}
function utf8(bytes) {
  let b = bytes;
  if (b.length >= 3 && b[0] === 239 && b[1] === 187 && b[2] === 191) b = b.subarray(3);
  if (!isValidUtf8(b)) return windows1252(b);
  try {
    return strFromU8(b);
  } catch {
    return windows1252(b);
  }
}
function isValidUtf8(b) {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    const need = c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : 0;
    if (need === 0) return false;
    const min = need === 1 ? 128 : need === 2 ? 2048 : 65536;
    let cp = c & (need === 1 ? 31 : need === 2 ? 15 : 7);
    if (i + need >= n) return false;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === void 0 || (d & 192) !== 128) return false;
      cp = cp << 6 | d & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return false;
    i += need + 1;
  }
  return true;
}
function utf16(bytes, littleEndian) {
  const units = bytes.length >> 1;
  const parts = [];
  const SLICE3 = 8192;
  const buf = new Array(Math.min(SLICE3, units));
  for (let u = 0; u < units; u += SLICE3) {
    const m = Math.min(SLICE3, units - u);
    buf.length = m;
    for (let k = 0; k < m; k++) {
      const i = (u + k) * 2;
      buf[k] = littleEndian ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1];
    }
    parts.push(String.fromCharCode.apply(null, buf));
  }
  return parts.join("");
}
var CP1252_HIGH = [
  8364,
  129,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  141,
  381,
  143,
  144,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  157,
  382,
  376
];
function windows1252Char(byte) {
  return String.fromCharCode(byte >= 128 && byte <= 159 ? CP1252_HIGH[byte - 128] : byte);
}
function windows1252(bytes) {
  const parts = [];
  const SLICE3 = 8192;
  const buf = [];
  for (let u = 0; u < bytes.length; u += SLICE3) {
    const m = Math.min(SLICE3, bytes.length - u);
    buf.length = m;
    for (let k = 0; k < m; k++) {
      const c = bytes[u + k];
      buf[k] = c >= 128 && c <= 159 ? CP1252_HIGH[c - 128] : c;
    }
    parts.push(String.fromCharCode.apply(null, buf));
  }
  return parts.join("");
}

// src/core/attachments/extract/detect.ts
var EXTENSIONS = {
  txt: "txt",
  text: "txt",
  log: "txt",
  md: "txt",
  csv: "csv",
  tsv: "csv",
  rtf: "rtf",
  docx: "docx",
  docm: "docx",
  dotx: "docx",
  dotm: "docx",
  xlsx: "xlsx",
  xlsm: "xlsx",
  xltx: "xlsx",
  xltm: "xlsx",
  pptx: "pptx",
  pptm: "pptx",
  ppsx: "pptx",
  ppsm: "pptx",
  potx: "pptx",
  odt: "odt",
  ott: "odt",
  ods: "opendocument-other",
  odp: "opendocument-other",
  odg: "opendocument-other",
  pdf: "pdf",
  eml: "eml",
  msg: "msg",
  doc: "doc",
  dot: "doc",
  xls: "xls",
  xlt: "xls",
  ppt: "ppt",
  pps: "ppt",
  pot: "ppt",
  zip: "zip",
  png: "image",
  jpg: "image",
  jpeg: "image",
  jpe: "image",
  jfif: "image",
  gif: "image",
  tif: "image",
  tiff: "image",
  bmp: "image",
  webp: "image",
  heic: "image",
  heif: "image",
  avif: "image"
};
var CONTENT_TYPES = {
  "text/plain": "txt",
  "text/csv": "csv",
  "text/tab-separated-values": "csv",
  "text/rtf": "rtf",
  "application/rtf": "rtf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/pdf": "pdf",
  "message/rfc822": "eml",
  "application/vnd.ms-outlook": "msg",
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "application/vnd.ms-powerpoint": "ppt",
  "application/zip": "zip"
};
function nameHint(name, contentType) {
  const dot = name.lastIndexOf(".");
  if (dot >= 0 && dot < name.length - 1) {
    const ext = name.slice(dot + 1).trim().toLowerCase();
    const hint = Object.prototype.hasOwnProperty.call(EXTENSIONS, ext) ? EXTENSIONS[ext] : void 0;
    if (hint) return hint;
  }
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type.startsWith("image/")) return "image";
  return Object.prototype.hasOwnProperty.call(CONTENT_TYPES, type) ? CONTENT_TYPES[type] : void 0;
}
function startsWith(b, at, sig) {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}
function ascii(b, at, length) {
  let s = "";
  for (let i = at; i < at + length && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
var HEIF_BRANDS = /* @__PURE__ */ new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"]);
var BMP_HEADER_SIZES = /* @__PURE__ */ new Set([12, 40, 52, 56, 64, 108, 124]);
function isImage(b) {
  if (startsWith(b, 0, [137, 80, 78, 71, 13, 10, 26, 10])) return true;
  if (startsWith(b, 0, [255, 216, 255])) return true;
  if (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a") return true;
  if (startsWith(b, 0, [73, 73, 42, 0]) || startsWith(b, 0, [77, 77, 0, 42])) return true;
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return true;
  if (ascii(b, 4, 4) === "ftyp" && HEIF_BRANDS.has(ascii(b, 8, 4))) return true;
  if (b.length >= 26 && b[0] === 66 && b[1] === 77) {
    const dib = b[14] | b[15] << 8 | b[16] << 16 | b[17] << 24;
    if (BMP_HEADER_SIZES.has(dib)) return true;
  }
  return false;
}
function magicOf(b) {
  if (isImage(b)) return "image";
  if (startsWith(b, 0, [80, 75, 3, 4]) || startsWith(b, 0, [80, 75, 5, 6])) return "zip";
  if (startsWith(b, 0, [208, 207, 17, 224, 161, 177, 26, 225])) return "cfb";
  const bomLength = bomOf(b)?.encoding === "utf-8" ? 3 : 0;
  if (ascii(b, bomLength, 5) === "{\\rtf") return "rtf";
  if (ascii(b, 0, 5) === "%PDF-") return "pdf";
  return void 0;
}
function hasPdfHeaderNearStart(b) {
  const end = Math.min(b.length - 5, 1024);
  for (let i = 0; i <= end; i++) if (b[i] === 37 && ascii(b, i, 5) === "%PDF-") return true;
  return false;
}
var SAMPLE = 64 * 1024;
function looksLikeText(b, namedText = false) {
  if (b.length === 0) return true;
  const bom = bomOf(b);
  if (bom) return true;
  let n = Math.min(b.length, SAMPLE);
  let controls = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return false;
    if ((c < 9 || c > 13 && c < 32) && c !== 27) controls++;
    else if (c === 127) controls++;
    else if (c >= 128) high++;
  }
  if (controls * 100 > n) return false;
  if (namedText) return true;
  if (n < b.length) {
    let back = 0;
    while (back < 3 && n - back - 1 > 0 && (b[n - back - 1] & 192) === 128) back++;
    if (n - back - 1 >= 0 && b[n - back - 1] >= 192) n = n - back - 1;
  }
  if (isValidUtf8(b.subarray(0, n))) return true;
  return high * 10 < n * 3;
}
var EMAIL_HEADERS = /* @__PURE__ */ new Set(["from", "to", "cc", "subject", "date", "received", "return-path", "mime-version", "message-id", "delivered-to", "reply-to", "content-type"]);
function looksLikeEmail(b) {
  const head = ascii(b, 0, 4096);
  const lines = head.split(/\r?\n/);
  let known = 0;
  for (let i = 0; i < lines.length && i < 60; i++) {
    const line = lines[i];
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (i === 0) return false;
      continue;
    }
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    if (EMAIL_HEADERS.has(m[1].toLowerCase())) known++;
  }
  return known >= 2;
}

// node_modules/postal-mime/dist/esm/decode-strings.js
var textEncoder = new TextEncoder();
var base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var base64Lookup = new Uint8Array(256);
for (let i = 0; i < base64Chars.length; i++) {
  base64Lookup[base64Chars.charCodeAt(i)] = i;
}
function decodeBase64(base64) {
  let len = base64.length;
  while (len > 0 && base64.charAt(len - 1) === "=") {
    len--;
  }
  if (len % 4 === 1) {
    len--;
  }
  const remainder = len % 4;
  const bufferLength = Math.floor(len / 4) * 3 + (remainder ? remainder - 1 : 0);
  const arrayBuffer = new ArrayBuffer(bufferLength);
  const bytes = new Uint8Array(arrayBuffer);
  let p = 0;
  for (let i = 0; i < len; i += 4) {
    let encoded1 = base64Lookup[base64.charCodeAt(i)];
    let encoded2 = base64Lookup[base64.charCodeAt(i + 1)];
    let encoded3 = base64Lookup[base64.charCodeAt(i + 2)];
    let encoded4 = base64Lookup[base64.charCodeAt(i + 3)];
    bytes[p++] = encoded1 << 2 | encoded2 >> 4;
    if (p < bufferLength) {
      bytes[p++] = (encoded2 & 15) << 4 | encoded3 >> 2;
    }
    if (p < bufferLength) {
      bytes[p++] = (encoded3 & 3) << 6 | encoded4 & 63;
    }
  }
  return arrayBuffer;
}
var charsetAliases = /* @__PURE__ */ new Map([
  // Hebrew. The logical and explicit ordering variants share the iso-8859-8 index.
  ["iso88598i", "iso-8859-8"],
  ["iso88598e", "iso-8859-8"],
  // Japanese. WHATWG shift_jis is the Windows-31J index, so cp932 text decodes
  // identically, including the NEC and IBM extension rows.
  ["shiftjis", "shift_jis"],
  ["windows31j", "shift_jis"],
  ["mskanji", "shift_jis"],
  ["eucjp", "euc-jp"],
  // ISO-2022-JP, including the -1 / -2 supersets. Escape sequences outside plain
  // ISO-2022-JP (JIS X 0212, the non-Japanese G2 sets, and the SO/SI katakana shifts
  // cp50222 uses) decode to replacement characters, but the Japanese text around them
  // still comes out right.
  ["iso2022jp", "iso-2022-jp"],
  ["iso2022jp1", "iso-2022-jp"],
  ["iso2022jp2", "iso-2022-jp"],
  ["junet", "iso-2022-jp"],
  // Korean. The WHATWG euc-kr index is the extended cp949 / UHC index.
  ["euckr", "euc-kr"],
  ["uhc", "euc-kr"],
  // Thai.
  ["tis620", "windows-874"]
]);
var codePageAliases = /* @__PURE__ */ new Map([
  ["932", "shift_jis"],
  ["936", "gbk"],
  ["949", "euc-kr"],
  ["950", "big5"],
  ["874", "windows-874"],
  // Microsoft's EUC-JP and ISO-2022-JP variants. euc-jp and iso-2022-jp cover
  // everything they can express.
  ["51932", "euc-jp"],
  ["50220", "iso-2022-jp"],
  ["50221", "iso-2022-jp"],
  ["50222", "iso-2022-jp"]
]);
var codePagePattern = /^(?:cp|windows|ms|ibm)(\d+)$/;
function normalizeCharset(charset) {
  return charset.replace(/^(?:x-ms-|x-|cs)/, "").replace(/[\s._-]+/g, "");
}
var ENCODING_LABELS = new Set([
  // UTF-8
  "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
  // IBM866
  "866 cp866 csibm866 ibm866",
  // ISO-8859-2
  "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
  // ISO-8859-3
  "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
  // ISO-8859-4
  "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
  // ISO-8859-5
  "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
  // ISO-8859-6
  "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e",
  "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
  // ISO-8859-7
  "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7",
  "iso_8859-7:1987 sun_eu_greek",
  // ISO-8859-8
  "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8",
  "iso_8859-8:1988 visual",
  // ISO-8859-8-I
  "csiso88598i iso-8859-8-i logical",
  // ISO-8859-10
  "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
  // ISO-8859-13
  "iso-8859-13 iso8859-13 iso885913",
  // ISO-8859-14
  "iso-8859-14 iso8859-14 iso885914",
  // ISO-8859-15
  "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
  // ISO-8859-16
  "iso-8859-16",
  // KOI8-R
  "cskoi8r koi koi8 koi8-r koi8_r",
  // KOI8-U
  "koi8-ru koi8-u",
  // macintosh
  "csmacintosh mac macintosh x-mac-roman",
  // windows-874
  "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
  // windows-1250
  "cp1250 windows-1250 x-cp1250",
  // windows-1251
  "cp1251 windows-1251 x-cp1251",
  // windows-1252
  "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591",
  "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
  // windows-1253
  "cp1253 windows-1253 x-cp1253",
  // windows-1254
  "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5",
  "windows-1254 x-cp1254",
  // windows-1255
  "cp1255 windows-1255 x-cp1255",
  // windows-1256
  "cp1256 windows-1256 x-cp1256",
  // windows-1257
  "cp1257 windows-1257 x-cp1257",
  // windows-1258
  "cp1258 windows-1258 x-cp1258",
  // x-mac-cyrillic
  "x-mac-cyrillic x-mac-ukrainian",
  // GBK
  "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
  // gb18030
  "gb18030",
  // Big5
  "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
  // EUC-JP
  "cseucpkdfmtjapanese euc-jp x-euc-jp",
  // ISO-2022-JP
  "csiso2022jp iso-2022-jp",
  // Shift_JIS
  "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
  // EUC-KR
  "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601",
  "windows-949",
  // replacement
  "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement",
  // UTF-16BE
  "unicodefffe utf-16be",
  // UTF-16LE
  "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
  // x-user-defined
  "x-user-defined"
].join(" ").split(" "));
var decoders = /* @__PURE__ */ new Map();
function tryDecoder(charset) {
  if (!ENCODING_LABELS.has(charset)) {
    return null;
  }
  let decoder = decoders.get(charset);
  if (decoder === void 0) {
    decoder = null;
    try {
      decoder = new TextDecoder(charset);
    } catch {
    }
    decoders.set(charset, decoder);
  }
  return decoder;
}
var utf8Decoder = new TextDecoder();
function getDecoder(charset) {
  charset = (charset || "utf8").trim().toLowerCase();
  const decoder = tryDecoder(charset);
  if (decoder) {
    return decoder;
  }
  const normalized = normalizeCharset(charset);
  const codePage = normalized.match(codePagePattern);
  const alias = codePage && codePageAliases.get(codePage[1]) || charsetAliases.get(normalized) || normalized;
  return tryDecoder(alias) || tryDecoder("windows-1252") || utf8Decoder;
}
async function blobToArrayBuffer(blob) {
  if ("arrayBuffer" in blob) {
    return await blob.arrayBuffer();
  }
  const fr = new FileReader();
  return new Promise((resolve, reject) => {
    fr.onload = () => {
      resolve(fr.result);
    };
    fr.onerror = () => {
      reject(fr.error);
    };
    fr.readAsArrayBuffer(blob);
  });
}
function hexNibble(c) {
  if (c >= 48 && c <= 57) {
    return c - 48;
  }
  if (c >= 97 && c <= 102) {
    return c - 97 + 10;
  }
  if (c >= 65 && c <= 70) {
    return c - 65 + 10;
  }
  return -1;
}
function decodeWord(charset, encoding, str) {
  let splitPos = charset.indexOf("*");
  if (splitPos >= 0) {
    charset = charset.slice(0, splitPos);
  }
  encoding = encoding.toUpperCase();
  let byteStr;
  if (encoding === "Q") {
    str = str.replace(/=\s+([0-9a-fA-F])/g, "=$1").replace(/[_\s]/g, " ");
    let buf = textEncoder.encode(str);
    let encodedBytes = [];
    for (let i = 0, len = buf.length; i < len; i++) {
      let c = buf[i];
      if (i <= len - 2 && c === 61) {
        let high = hexNibble(buf[i + 1]);
        let low = hexNibble(buf[i + 2]);
        if (high >= 0 && low >= 0) {
          encodedBytes.push(high << 4 | low);
          i += 2;
          continue;
        }
      }
      encodedBytes.push(c);
    }
    byteStr = new ArrayBuffer(encodedBytes.length);
    let dataView = new DataView(byteStr);
    for (let i = 0, len = encodedBytes.length; i < len; i++) {
      dataView.setUint8(i, encodedBytes[i]);
    }
  } else if (encoding === "B") {
    byteStr = decodeBase64(str.replace(/[^a-zA-Z0-9\+\/=]+/g, ""));
  } else {
    byteStr = textEncoder.encode(str);
  }
  return getDecoder(charset).decode(byteStr);
}
var ENCODED_WORD_PATTERN = "=\\?([^?\\s]+)\\?([QqBb])\\?([^?]*)\\?=";
var ENCODED_WORD_REGEX = new RegExp(ENCODED_WORD_PATTERN, "g");
var WORD_SEPARATOR_REGEX = /^[ \t\r\n]+$/;
var ENCODED_WORDS_ONLY_REGEX = new RegExp(`^(?:${ENCODED_WORD_PATTERN}\\s*)+$`);
function isEncodedWordsOnly(str) {
  return ENCODED_WORDS_ONLY_REGEX.test(str);
}
function splitEncodedWords(str) {
  const tokens = [];
  ENCODED_WORD_REGEX.lastIndex = 0;
  let pos = 0;
  let match;
  while (match = ENCODED_WORD_REGEX.exec(str)) {
    if (match.index > pos) {
      tokens.push({ text: str.substring(pos, match.index) });
    }
    tokens.push({ charset: match[1], encoding: match[2], encodedText: match[3] });
    pos = match.index + match[0].length;
  }
  if (pos < str.length) {
    tokens.push({ text: str.substring(pos) });
  }
  return tokens;
}
function canJoinWords(left, right) {
  const encoding = left.encoding.toUpperCase();
  if (left.charset !== right.charset || encoding !== right.encoding.toUpperCase()) {
    return false;
  }
  if (encoding === "B") {
    return left.encodedText.length % 4 === 0 && !/=$/.test(left.encodedText);
  }
  return true;
}
function renderTokens(tokens, joinWords) {
  let result = "";
  let pending = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.text !== void 0) {
      const nextToken2 = tokens[i + 1];
      if (pending && nextToken2 && nextToken2.text === void 0 && WORD_SEPARATOR_REGEX.test(token.text)) {
        continue;
      }
      if (pending) {
        result += decodeWord(pending.charset, pending.encoding, pending.encodedText);
        pending = null;
      }
      result += token.text;
      continue;
    }
    if (pending && joinWords && canJoinWords(pending, token)) {
      pending.encodedText += token.encodedText;
      continue;
    }
    if (pending) {
      result += decodeWord(pending.charset, pending.encoding, pending.encodedText);
    }
    pending = { charset: token.charset, encoding: token.encoding, encodedText: token.encodedText };
  }
  if (pending) {
    result += decodeWord(pending.charset, pending.encoding, pending.encodedText);
  }
  return result;
}
function decodeWords(str) {
  const tokens = splitEncodedWords((str || "").toString());
  const result = renderTokens(tokens, true);
  return result.indexOf("\uFFFD") < 0 ? result : renderTokens(tokens, false);
}
function decodeURIComponentWithCharset(encodedStr, charset) {
  charset = charset || "utf-8";
  let encodedBytes = [];
  for (let i = 0; i < encodedStr.length; i++) {
    let c = encodedStr.charAt(i);
    const high = c === "%" ? hexNibble(encodedStr.charCodeAt(i + 1)) : -1;
    const low = high >= 0 ? hexNibble(encodedStr.charCodeAt(i + 2)) : -1;
    if (low >= 0) {
      encodedBytes.push(high << 4 | low);
      i += 2;
    } else if (c.charCodeAt(0) > 126) {
      const bytes = textEncoder.encode(c);
      for (let j = 0; j < bytes.length; j++) {
        encodedBytes.push(bytes[j]);
      }
    } else {
      encodedBytes.push(c.charCodeAt(0));
    }
  }
  const byteStr = new ArrayBuffer(encodedBytes.length);
  const dataView = new DataView(byteStr);
  for (let i = 0, len = encodedBytes.length; i < len; i++) {
    dataView.setUint8(i, encodedBytes[i]);
  }
  return getDecoder(charset).decode(byteStr);
}
function decodeParameterValueContinuations(header) {
  let paramKeys = /* @__PURE__ */ new Map();
  Object.keys(header.params).forEach((key) => {
    let match = key.match(/\*((\d+)\*?)?$/);
    if (!match) {
      return;
    }
    let actualKey = key.slice(0, match.index).toLowerCase();
    let nr = Number(match[2]) || 0;
    let paramVal = paramKeys.get(actualKey);
    if (!paramVal) {
      paramVal = {
        charset: null,
        values: []
      };
      paramKeys.set(actualKey, paramVal);
    }
    let value = header.params[key];
    let encoded = match[0].charAt(match[0].length - 1) === "*";
    if (nr === 0 && encoded && (match = value.match(/^([^']*)'[^']*'(.*)$/))) {
      paramVal.charset = match[1] || "utf-8";
      value = match[2];
    }
    paramVal.values.push({ nr, value, encoded });
    delete header.params[key];
  });
  paramKeys.forEach((paramVal, key) => {
    let result = "";
    let pending = "";
    for (let part of paramVal.values.sort((a, b) => a.nr - b.nr)) {
      if (part.encoded) {
        pending += part.value;
        continue;
      }
      if (pending) {
        result += decodeURIComponentWithCharset(pending, paramVal.charset);
        pending = "";
      }
      result += part.value;
    }
    if (pending) {
      result += decodeURIComponentWithCharset(pending, paramVal.charset);
    }
    header.params[key] = result;
  });
}

// node_modules/postal-mime/dist/esm/pass-through-decoder.js
var PassThroughDecoder = class {
  constructor() {
    this.chunks = [];
  }
  update(line) {
    this.chunks.push(line);
    this.chunks.push("\n");
  }
  finalize() {
    return blobToArrayBuffer(new Blob(this.chunks, { type: "application/octet-stream" }));
  }
};

// node_modules/postal-mime/dist/esm/base64-decoder.js
var Base64Decoder = class {
  constructor(opts) {
    opts = opts || {};
    this.decoder = opts.decoder || new TextDecoder();
    this.maxChunkSize = 100 * 1024;
    this.chunks = [];
    this.remainder = "";
  }
  pushChunk(base64Str) {
    if (base64Str.length) {
      this.chunks.push(decodeBase64(base64Str));
    }
  }
  flushRemainder() {
    this.pushChunk(this.remainder);
    this.remainder = "";
  }
  update(buffer) {
    let str = this.decoder.decode(buffer).replace(/[^a-zA-Z0-9+/=]+/g, "");
    const units = str.split(/=+/);
    for (let i = 0; i < units.length; i++) {
      this.remainder += units[i];
      if (i < units.length - 1) {
        this.flushRemainder();
      }
    }
    if (this.remainder.length >= this.maxChunkSize) {
      const alignedLength = Math.floor(this.remainder.length / 4) * 4;
      this.pushChunk(this.remainder.substring(0, alignedLength));
      this.remainder = this.remainder.substring(alignedLength);
    }
  }
  finalize() {
    this.flushRemainder();
    return blobToArrayBuffer(new Blob(this.chunks, { type: "application/octet-stream" }));
  }
};

// node_modules/postal-mime/dist/esm/qp-decoder.js
var CHR_EQUALS = 61;
var CHR_LF = 10;
var QPDecoder = class {
  constructor() {
    this.maxChunkSize = 100 * 1024;
    this.buffer = new Uint8Array(this.maxChunkSize);
    this.bufferPos = 0;
    this.chunks = [];
  }
  writeByte(byte) {
    if (this.bufferPos >= this.buffer.length) {
      this.flushBuffer();
    }
    this.buffer[this.bufferPos++] = byte;
  }
  // Literal text is the bulk of a typical body, so it is copied in runs rather than a
  // byte at a time
  writeBytes(line, start, end) {
    while (start < end) {
      if (this.bufferPos >= this.buffer.length) {
        this.flushBuffer();
      }
      const count = Math.min(end - start, this.buffer.length - this.bufferPos);
      this.buffer.set(line.subarray(start, start + count), this.bufferPos);
      this.bufferPos += count;
      start += count;
    }
  }
  flushBuffer() {
    if (this.bufferPos) {
      this.chunks.push(this.buffer.slice(0, this.bufferPos));
      this.bufferPos = 0;
    }
  }
  // Quoted-printable source is 7 bit by definition, so it is decoded byte by byte and
  // the result is handed on as bytes. Running the body charset over the encoded source
  // instead corrupted every part whose charset was not ASCII compatible: the same
  // content that decoded correctly in base64 came out as mojibake in quoted-printable.
  update(line) {
    let len = line.length;
    const softBreak = len > 0 && line[len - 1] === CHR_EQUALS;
    if (softBreak) {
      len--;
    }
    let literalStart = 0;
    for (let i = 0; i < len; i++) {
      if (line[i] !== CHR_EQUALS || i + 2 >= len) {
        continue;
      }
      const high = hexNibble(line[i + 1]);
      const low = hexNibble(line[i + 2]);
      if (high < 0 || low < 0) {
        continue;
      }
      this.writeBytes(line, literalStart, i);
      this.writeByte(high << 4 | low);
      i += 2;
      literalStart = i + 1;
    }
    this.writeBytes(line, literalStart, len);
    if (!softBreak) {
      this.writeByte(CHR_LF);
    }
  }
  finalize() {
    this.flushBuffer();
    return blobToArrayBuffer(new Blob(this.chunks, { type: "application/octet-stream" }));
  }
};

// node_modules/postal-mime/dist/esm/mime-node.js
var headerDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
var isWsp = (c) => c === 32 || c === 9;
var trimWsp = (str) => {
  let start = 0;
  let end = str.length;
  while (start < end && isWsp(str.charCodeAt(start))) {
    start++;
  }
  while (end > start && isWsp(str.charCodeAt(end - 1))) {
    end--;
  }
  return str.slice(start, end);
};
var CONTENT_HEADERS = /* @__PURE__ */ new Set([
  "content-type",
  "content-transfer-encoding",
  "content-disposition",
  "content-id",
  "content-description"
]);
var MimeNode = class {
  constructor(options) {
    this.options = options;
    this.postalMime = options.postalMime;
    this.childNodes = [];
    this.finalizedChildCount = 0;
    if (options.parentNode) {
      this.parentNode = options.parentNode;
      this.depth = this.parentNode.depth + 1;
      if (this.depth > options.maxNestingDepth) {
        throw new Error(`Maximum MIME nesting depth of ${options.maxNestingDepth} levels exceeded`);
      }
      options.parentNode.childNodes.push(this);
    } else {
      this.depth = 0;
    }
    this.state = "header";
    this.headerLines = [];
    const parentMultipartType = options.parentMultipartType || null;
    const defaultContentType = parentMultipartType === "digest" ? "message/rfc822" : "text/plain";
    this.contentType = {
      value: defaultContentType,
      parsed: { value: defaultContentType, params: {} },
      multipart: false
    };
    this.contentTransferEncoding = {
      value: "8bit",
      encoding: ""
    };
    this.contentDisposition = {
      value: "",
      parsed: { value: "", params: {} }
    };
    this.headers = [];
    this.rawHeaderLines = [];
    this.contentDecoder = null;
    this.content = null;
  }
  setupContentDecoder(transferEncoding) {
    if (/base64/i.test(transferEncoding)) {
      this.contentDecoder = new Base64Decoder();
    } else if (/quoted-printable/i.test(transferEncoding)) {
      this.contentDecoder = new QPDecoder();
    } else {
      this.contentDecoder = new PassThroughDecoder();
    }
  }
  async finalize() {
    if (this.state === "finished") {
      return;
    }
    if (this.state === "header") {
      this.processHeaders();
    }
    let boundaries = this.postalMime.boundaries;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      let boundary = boundaries[i];
      if (boundary.node === this) {
        boundaries.splice(i, 1);
        break;
      }
    }
    await this.finalizeChildNodes();
    this.content = this.contentDecoder ? await this.contentDecoder.finalize() : null;
    this.contentDecoder = null;
    this.state = "finished";
  }
  async finalizeChildNodes() {
    while (this.finalizedChildCount < this.childNodes.length) {
      await this.childNodes[this.finalizedChildCount++].finalize();
    }
  }
  // Strip RFC 822 comments (parenthesized text) from structured header values.
  //
  // Inside an unquoted parameter value a parenthesis that continues the current token is
  // content, because `filename=Invoice(1).pdf` is a filename and not a token followed by
  // a comment, and deleting the parens silently renames the attachment.
  stripComments(str) {
    let result = "";
    let depth = 0;
    let escaped = false;
    let inQuote = false;
    let commentStart = -1;
    let inParameterValue = false;
    let endsWithWsp = false;
    const append = (c) => {
      result += c;
      endsWithWsp = c === " " || c === "	";
    };
    const opensComment = () => !inParameterValue || !result.length || endsWithWsp;
    for (let i = 0; i < str.length; i++) {
      const chr = str.charAt(i);
      if (escaped) {
        if (depth === 0) {
          append(chr);
        }
        escaped = false;
        continue;
      }
      if (chr === "\\") {
        escaped = true;
        if (depth === 0) {
          append(chr);
        }
        continue;
      }
      if (chr === '"' && depth === 0) {
        inQuote = !inQuote;
        append(chr);
        continue;
      }
      if (!inQuote) {
        if (chr === "(" && opensComment()) {
          if (depth === 0) {
            commentStart = i;
          }
          depth++;
          continue;
        }
        if (chr === ")" && depth > 0) {
          depth--;
          continue;
        }
        if (depth === 0) {
          if (chr === "=") {
            inParameterValue = true;
          } else if (chr === ";") {
            inParameterValue = false;
          }
        }
      }
      if (depth === 0) {
        append(chr);
      }
    }
    if (depth === 0) {
      return result;
    }
    return str.indexOf(";", commentStart) < 0 ? result : str;
  }
  parseStructuredHeader(str) {
    str = this.stripComments(str);
    let response = {
      value: "",
      params: {}
    };
    let key = false;
    let value = "";
    let stage = "value";
    let pendingSpace = "";
    let quoteClosed = false;
    let quote = false;
    let escaped = false;
    let chr;
    const addChr = (c) => {
      if (value.length) {
        value += pendingSpace;
      }
      pendingSpace = "";
      value += c;
    };
    const takeValue = () => {
      const result = value;
      value = "";
      pendingSpace = "";
      quoteClosed = false;
      return result;
    };
    const storeParam = (name, result) => {
      if (!Object.prototype.hasOwnProperty.call(response.params, name)) {
        response.params[name] = result;
      }
    };
    const storeValue = () => {
      const result = takeValue();
      if (key === false) {
        response.value = result;
      } else {
        storeParam(key, result);
      }
    };
    const storeEmptyKey = () => {
      const name = takeValue().trim();
      if (name) {
        storeParam(name.toLowerCase(), "");
      }
    };
    for (let i = 0, len = str.length; i < len; i++) {
      chr = str.charAt(i);
      switch (stage) {
        case "key":
          if (chr === "=") {
            key = takeValue().trim().toLowerCase();
            stage = "value";
            break;
          }
          if (chr === ";") {
            storeEmptyKey();
            break;
          }
          value += chr;
          break;
        case "value":
          if (escaped) {
            addChr(chr);
          } else if (quote && chr === "\\") {
            escaped = true;
            continue;
          } else if (quote && chr === quote) {
            quote = false;
            quoteClosed = true;
          } else if (!quote && chr === '"') {
            quote = chr;
            if (value.length) {
              value += pendingSpace;
            }
            pendingSpace = "";
          } else if (!quote && chr === ";") {
            storeValue();
            stage = "key";
          } else if (!quote && (chr === " " || chr === "	")) {
            pendingSpace += chr;
          } else if (!quoteClosed) {
            addChr(chr);
          }
          escaped = false;
          break;
      }
    }
    if (stage === "value") {
      storeValue();
    } else {
      storeEmptyKey();
    }
    if (response.value) {
      response.value = response.value.toLowerCase();
    }
    decodeParameterValueContinuations(response);
    return response;
  }
  decodeFlowedText(str, delSp) {
    const parts = [];
    let lineStart = 0;
    let lineLength = 0;
    const lines = str.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      if (line.charAt(0) === " ") {
        line = line.slice(1);
      }
      if (i) {
        const last = parts.length ? parts[parts.length - 1] : "";
        const isSignature = lineLength === 3 && parts.slice(lineStart).join("") === "-- ";
        if (last.endsWith(" ") && !isSignature) {
          if (delSp) {
            if (last.length > 1) {
              parts[parts.length - 1] = last.slice(0, -1);
            } else {
              parts.pop();
            }
            lineLength--;
          }
        } else {
          parts.push("\n");
          lineStart = parts.length;
          lineLength = 0;
        }
      }
      if (line) {
        parts.push(line);
        lineLength += line.length;
      }
    }
    return parts.join("");
  }
  getTextContent() {
    if (!this.content) {
      return "";
    }
    let str = getDecoder(this.contentType.parsed.params.charset).decode(this.content);
    if (/^flowed$/i.test(this.contentType.parsed.params.format)) {
      str = this.decodeFlowedText(str, /^yes$/i.test(this.contentType.parsed.params.delsp));
    }
    return str;
  }
  processHeaders() {
    let foldedLines = [];
    for (let line of this.headerLines) {
      if (foldedLines.length && /^[ \t]/.test(line)) {
        foldedLines[foldedLines.length - 1].push(line);
      } else {
        foldedLines.push([line]);
      }
    }
    let seenContentHeaders = /* @__PURE__ */ new Set();
    for (let parts of foldedLines) {
      let rawLine = parts.join("\n");
      let sep = rawLine.indexOf(":");
      let rawKey = trimWsp(sep < 0 ? rawLine : rawLine.slice(0, sep));
      this.rawHeaderLines.push({
        key: rawKey.toLowerCase(),
        line: rawLine
      });
      let unfoldedLine = parts.join("");
      sep = unfoldedLine.indexOf(":");
      let key = trimWsp(sep < 0 ? unfoldedLine : unfoldedLine.slice(0, sep));
      let value = sep < 0 ? "" : trimWsp(unfoldedLine.slice(sep + 1).replace(/[\r\n]+/g, " "));
      this.headers.push({ key: key.toLowerCase(), originalKey: key, value });
      const lowerKey = key.toLowerCase();
      if (CONTENT_HEADERS.has(lowerKey) && !seenContentHeaders.has(lowerKey)) {
        seenContentHeaders.add(lowerKey);
        switch (lowerKey) {
          case "content-type":
            this.contentType.value = value;
            break;
          case "content-transfer-encoding":
            this.contentTransferEncoding.value = value;
            break;
          case "content-disposition":
            this.contentDisposition.value = value;
            break;
          case "content-id":
            this.contentId = value;
            break;
          case "content-description":
            this.contentDescription = value;
            break;
        }
      }
    }
    this.contentType.parsed = this.parseStructuredHeader(this.contentType.value);
    this.contentType.multipart = /^multipart\//i.test(this.contentType.parsed.value) ? this.contentType.parsed.value.slice(this.contentType.parsed.value.indexOf("/") + 1) : false;
    if (this.contentType.multipart && this.contentType.parsed.params.boundary) {
      this.postalMime.boundaries.push({
        value: textEncoder.encode(this.contentType.parsed.params.boundary),
        node: this
      });
    }
    this.contentDisposition.parsed = this.parseStructuredHeader(this.contentDisposition.value);
    this.contentTransferEncoding.encoding = (this.stripComments(this.contentTransferEncoding.value).toLowerCase().match(/[\w-]+/) || [""])[0];
    this.setupContentDecoder(this.contentTransferEncoding.encoding);
  }
  feed(line) {
    switch (this.state) {
      case "header":
        if (!line.length) {
          this.state = "body";
          this.processHeaders();
          return;
        }
        this.postalMime.headerSize += line.length;
        if (this.postalMime.headerSize > this.options.maxHeadersSize) {
          let error = new Error(`Maximum header size of ${this.options.maxHeadersSize} bytes exceeded`);
          throw error;
        }
        this.headerLines.push(headerDecoder.decode(line));
        break;
      case "body":
        if (this.contentDecoder) {
          this.contentDecoder.update(line);
        }
        break;
    }
  }
};

// node_modules/postal-mime/dist/esm/html-entities.js
var htmlEntities = {
  "&AElig": "\xC6",
  "&AElig;": "\xC6",
  "&AMP": "&",
  "&AMP;": "&",
  "&Aacute": "\xC1",
  "&Aacute;": "\xC1",
  "&Abreve;": "\u0102",
  "&Acirc": "\xC2",
  "&Acirc;": "\xC2",
  "&Acy;": "\u0410",
  "&Afr;": "\u{1D504}",
  "&Agrave": "\xC0",
  "&Agrave;": "\xC0",
  "&Alpha;": "\u0391",
  "&Amacr;": "\u0100",
  "&And;": "\u2A53",
  "&Aogon;": "\u0104",
  "&Aopf;": "\u{1D538}",
  "&ApplyFunction;": "\u2061",
  "&Aring": "\xC5",
  "&Aring;": "\xC5",
  "&Ascr;": "\u{1D49C}",
  "&Assign;": "\u2254",
  "&Atilde": "\xC3",
  "&Atilde;": "\xC3",
  "&Auml": "\xC4",
  "&Auml;": "\xC4",
  "&Backslash;": "\u2216",
  "&Barv;": "\u2AE7",
  "&Barwed;": "\u2306",
  "&Bcy;": "\u0411",
  "&Because;": "\u2235",
  "&Bernoullis;": "\u212C",
  "&Beta;": "\u0392",
  "&Bfr;": "\u{1D505}",
  "&Bopf;": "\u{1D539}",
  "&Breve;": "\u02D8",
  "&Bscr;": "\u212C",
  "&Bumpeq;": "\u224E",
  "&CHcy;": "\u0427",
  "&COPY": "\xA9",
  "&COPY;": "\xA9",
  "&Cacute;": "\u0106",
  "&Cap;": "\u22D2",
  "&CapitalDifferentialD;": "\u2145",
  "&Cayleys;": "\u212D",
  "&Ccaron;": "\u010C",
  "&Ccedil": "\xC7",
  "&Ccedil;": "\xC7",
  "&Ccirc;": "\u0108",
  "&Cconint;": "\u2230",
  "&Cdot;": "\u010A",
  "&Cedilla;": "\xB8",
  "&CenterDot;": "\xB7",
  "&Cfr;": "\u212D",
  "&Chi;": "\u03A7",
  "&CircleDot;": "\u2299",
  "&CircleMinus;": "\u2296",
  "&CirclePlus;": "\u2295",
  "&CircleTimes;": "\u2297",
  "&ClockwiseContourIntegral;": "\u2232",
  "&CloseCurlyDoubleQuote;": "\u201D",
  "&CloseCurlyQuote;": "\u2019",
  "&Colon;": "\u2237",
  "&Colone;": "\u2A74",
  "&Congruent;": "\u2261",
  "&Conint;": "\u222F",
  "&ContourIntegral;": "\u222E",
  "&Copf;": "\u2102",
  "&Coproduct;": "\u2210",
  "&CounterClockwiseContourIntegral;": "\u2233",
  "&Cross;": "\u2A2F",
  "&Cscr;": "\u{1D49E}",
  "&Cup;": "\u22D3",
  "&CupCap;": "\u224D",
  "&DD;": "\u2145",
  "&DDotrahd;": "\u2911",
  "&DJcy;": "\u0402",
  "&DScy;": "\u0405",
  "&DZcy;": "\u040F",
  "&Dagger;": "\u2021",
  "&Darr;": "\u21A1",
  "&Dashv;": "\u2AE4",
  "&Dcaron;": "\u010E",
  "&Dcy;": "\u0414",
  "&Del;": "\u2207",
  "&Delta;": "\u0394",
  "&Dfr;": "\u{1D507}",
  "&DiacriticalAcute;": "\xB4",
  "&DiacriticalDot;": "\u02D9",
  "&DiacriticalDoubleAcute;": "\u02DD",
  "&DiacriticalGrave;": "`",
  "&DiacriticalTilde;": "\u02DC",
  "&Diamond;": "\u22C4",
  "&DifferentialD;": "\u2146",
  "&Dopf;": "\u{1D53B}",
  "&Dot;": "\xA8",
  "&DotDot;": "\u20DC",
  "&DotEqual;": "\u2250",
  "&DoubleContourIntegral;": "\u222F",
  "&DoubleDot;": "\xA8",
  "&DoubleDownArrow;": "\u21D3",
  "&DoubleLeftArrow;": "\u21D0",
  "&DoubleLeftRightArrow;": "\u21D4",
  "&DoubleLeftTee;": "\u2AE4",
  "&DoubleLongLeftArrow;": "\u27F8",
  "&DoubleLongLeftRightArrow;": "\u27FA",
  "&DoubleLongRightArrow;": "\u27F9",
  "&DoubleRightArrow;": "\u21D2",
  "&DoubleRightTee;": "\u22A8",
  "&DoubleUpArrow;": "\u21D1",
  "&DoubleUpDownArrow;": "\u21D5",
  "&DoubleVerticalBar;": "\u2225",
  "&DownArrow;": "\u2193",
  "&DownArrowBar;": "\u2913",
  "&DownArrowUpArrow;": "\u21F5",
  "&DownBreve;": "\u0311",
  "&DownLeftRightVector;": "\u2950",
  "&DownLeftTeeVector;": "\u295E",
  "&DownLeftVector;": "\u21BD",
  "&DownLeftVectorBar;": "\u2956",
  "&DownRightTeeVector;": "\u295F",
  "&DownRightVector;": "\u21C1",
  "&DownRightVectorBar;": "\u2957",
  "&DownTee;": "\u22A4",
  "&DownTeeArrow;": "\u21A7",
  "&Downarrow;": "\u21D3",
  "&Dscr;": "\u{1D49F}",
  "&Dstrok;": "\u0110",
  "&ENG;": "\u014A",
  "&ETH": "\xD0",
  "&ETH;": "\xD0",
  "&Eacute": "\xC9",
  "&Eacute;": "\xC9",
  "&Ecaron;": "\u011A",
  "&Ecirc": "\xCA",
  "&Ecirc;": "\xCA",
  "&Ecy;": "\u042D",
  "&Edot;": "\u0116",
  "&Efr;": "\u{1D508}",
  "&Egrave": "\xC8",
  "&Egrave;": "\xC8",
  "&Element;": "\u2208",
  "&Emacr;": "\u0112",
  "&EmptySmallSquare;": "\u25FB",
  "&EmptyVerySmallSquare;": "\u25AB",
  "&Eogon;": "\u0118",
  "&Eopf;": "\u{1D53C}",
  "&Epsilon;": "\u0395",
  "&Equal;": "\u2A75",
  "&EqualTilde;": "\u2242",
  "&Equilibrium;": "\u21CC",
  "&Escr;": "\u2130",
  "&Esim;": "\u2A73",
  "&Eta;": "\u0397",
  "&Euml": "\xCB",
  "&Euml;": "\xCB",
  "&Exists;": "\u2203",
  "&ExponentialE;": "\u2147",
  "&Fcy;": "\u0424",
  "&Ffr;": "\u{1D509}",
  "&FilledSmallSquare;": "\u25FC",
  "&FilledVerySmallSquare;": "\u25AA",
  "&Fopf;": "\u{1D53D}",
  "&ForAll;": "\u2200",
  "&Fouriertrf;": "\u2131",
  "&Fscr;": "\u2131",
  "&GJcy;": "\u0403",
  "&GT": ">",
  "&GT;": ">",
  "&Gamma;": "\u0393",
  "&Gammad;": "\u03DC",
  "&Gbreve;": "\u011E",
  "&Gcedil;": "\u0122",
  "&Gcirc;": "\u011C",
  "&Gcy;": "\u0413",
  "&Gdot;": "\u0120",
  "&Gfr;": "\u{1D50A}",
  "&Gg;": "\u22D9",
  "&Gopf;": "\u{1D53E}",
  "&GreaterEqual;": "\u2265",
  "&GreaterEqualLess;": "\u22DB",
  "&GreaterFullEqual;": "\u2267",
  "&GreaterGreater;": "\u2AA2",
  "&GreaterLess;": "\u2277",
  "&GreaterSlantEqual;": "\u2A7E",
  "&GreaterTilde;": "\u2273",
  "&Gscr;": "\u{1D4A2}",
  "&Gt;": "\u226B",
  "&HARDcy;": "\u042A",
  "&Hacek;": "\u02C7",
  "&Hat;": "^",
  "&Hcirc;": "\u0124",
  "&Hfr;": "\u210C",
  "&HilbertSpace;": "\u210B",
  "&Hopf;": "\u210D",
  "&HorizontalLine;": "\u2500",
  "&Hscr;": "\u210B",
  "&Hstrok;": "\u0126",
  "&HumpDownHump;": "\u224E",
  "&HumpEqual;": "\u224F",
  "&IEcy;": "\u0415",
  "&IJlig;": "\u0132",
  "&IOcy;": "\u0401",
  "&Iacute": "\xCD",
  "&Iacute;": "\xCD",
  "&Icirc": "\xCE",
  "&Icirc;": "\xCE",
  "&Icy;": "\u0418",
  "&Idot;": "\u0130",
  "&Ifr;": "\u2111",
  "&Igrave": "\xCC",
  "&Igrave;": "\xCC",
  "&Im;": "\u2111",
  "&Imacr;": "\u012A",
  "&ImaginaryI;": "\u2148",
  "&Implies;": "\u21D2",
  "&Int;": "\u222C",
  "&Integral;": "\u222B",
  "&Intersection;": "\u22C2",
  "&InvisibleComma;": "\u2063",
  "&InvisibleTimes;": "\u2062",
  "&Iogon;": "\u012E",
  "&Iopf;": "\u{1D540}",
  "&Iota;": "\u0399",
  "&Iscr;": "\u2110",
  "&Itilde;": "\u0128",
  "&Iukcy;": "\u0406",
  "&Iuml": "\xCF",
  "&Iuml;": "\xCF",
  "&Jcirc;": "\u0134",
  "&Jcy;": "\u0419",
  "&Jfr;": "\u{1D50D}",
  "&Jopf;": "\u{1D541}",
  "&Jscr;": "\u{1D4A5}",
  "&Jsercy;": "\u0408",
  "&Jukcy;": "\u0404",
  "&KHcy;": "\u0425",
  "&KJcy;": "\u040C",
  "&Kappa;": "\u039A",
  "&Kcedil;": "\u0136",
  "&Kcy;": "\u041A",
  "&Kfr;": "\u{1D50E}",
  "&Kopf;": "\u{1D542}",
  "&Kscr;": "\u{1D4A6}",
  "&LJcy;": "\u0409",
  "&LT": "<",
  "&LT;": "<",
  "&Lacute;": "\u0139",
  "&Lambda;": "\u039B",
  "&Lang;": "\u27EA",
  "&Laplacetrf;": "\u2112",
  "&Larr;": "\u219E",
  "&Lcaron;": "\u013D",
  "&Lcedil;": "\u013B",
  "&Lcy;": "\u041B",
  "&LeftAngleBracket;": "\u27E8",
  "&LeftArrow;": "\u2190",
  "&LeftArrowBar;": "\u21E4",
  "&LeftArrowRightArrow;": "\u21C6",
  "&LeftCeiling;": "\u2308",
  "&LeftDoubleBracket;": "\u27E6",
  "&LeftDownTeeVector;": "\u2961",
  "&LeftDownVector;": "\u21C3",
  "&LeftDownVectorBar;": "\u2959",
  "&LeftFloor;": "\u230A",
  "&LeftRightArrow;": "\u2194",
  "&LeftRightVector;": "\u294E",
  "&LeftTee;": "\u22A3",
  "&LeftTeeArrow;": "\u21A4",
  "&LeftTeeVector;": "\u295A",
  "&LeftTriangle;": "\u22B2",
  "&LeftTriangleBar;": "\u29CF",
  "&LeftTriangleEqual;": "\u22B4",
  "&LeftUpDownVector;": "\u2951",
  "&LeftUpTeeVector;": "\u2960",
  "&LeftUpVector;": "\u21BF",
  "&LeftUpVectorBar;": "\u2958",
  "&LeftVector;": "\u21BC",
  "&LeftVectorBar;": "\u2952",
  "&Leftarrow;": "\u21D0",
  "&Leftrightarrow;": "\u21D4",
  "&LessEqualGreater;": "\u22DA",
  "&LessFullEqual;": "\u2266",
  "&LessGreater;": "\u2276",
  "&LessLess;": "\u2AA1",
  "&LessSlantEqual;": "\u2A7D",
  "&LessTilde;": "\u2272",
  "&Lfr;": "\u{1D50F}",
  "&Ll;": "\u22D8",
  "&Lleftarrow;": "\u21DA",
  "&Lmidot;": "\u013F",
  "&LongLeftArrow;": "\u27F5",
  "&LongLeftRightArrow;": "\u27F7",
  "&LongRightArrow;": "\u27F6",
  "&Longleftarrow;": "\u27F8",
  "&Longleftrightarrow;": "\u27FA",
  "&Longrightarrow;": "\u27F9",
  "&Lopf;": "\u{1D543}",
  "&LowerLeftArrow;": "\u2199",
  "&LowerRightArrow;": "\u2198",
  "&Lscr;": "\u2112",
  "&Lsh;": "\u21B0",
  "&Lstrok;": "\u0141",
  "&Lt;": "\u226A",
  "&Map;": "\u2905",
  "&Mcy;": "\u041C",
  "&MediumSpace;": "\u205F",
  "&Mellintrf;": "\u2133",
  "&Mfr;": "\u{1D510}",
  "&MinusPlus;": "\u2213",
  "&Mopf;": "\u{1D544}",
  "&Mscr;": "\u2133",
  "&Mu;": "\u039C",
  "&NJcy;": "\u040A",
  "&Nacute;": "\u0143",
  "&Ncaron;": "\u0147",
  "&Ncedil;": "\u0145",
  "&Ncy;": "\u041D",
  "&NegativeMediumSpace;": "\u200B",
  "&NegativeThickSpace;": "\u200B",
  "&NegativeThinSpace;": "\u200B",
  "&NegativeVeryThinSpace;": "\u200B",
  "&NestedGreaterGreater;": "\u226B",
  "&NestedLessLess;": "\u226A",
  "&NewLine;": "\n",
  "&Nfr;": "\u{1D511}",
  "&NoBreak;": "\u2060",
  "&NonBreakingSpace;": "\xA0",
  "&Nopf;": "\u2115",
  "&Not;": "\u2AEC",
  "&NotCongruent;": "\u2262",
  "&NotCupCap;": "\u226D",
  "&NotDoubleVerticalBar;": "\u2226",
  "&NotElement;": "\u2209",
  "&NotEqual;": "\u2260",
  "&NotEqualTilde;": "\u2242\u0338",
  "&NotExists;": "\u2204",
  "&NotGreater;": "\u226F",
  "&NotGreaterEqual;": "\u2271",
  "&NotGreaterFullEqual;": "\u2267\u0338",
  "&NotGreaterGreater;": "\u226B\u0338",
  "&NotGreaterLess;": "\u2279",
  "&NotGreaterSlantEqual;": "\u2A7E\u0338",
  "&NotGreaterTilde;": "\u2275",
  "&NotHumpDownHump;": "\u224E\u0338",
  "&NotHumpEqual;": "\u224F\u0338",
  "&NotLeftTriangle;": "\u22EA",
  "&NotLeftTriangleBar;": "\u29CF\u0338",
  "&NotLeftTriangleEqual;": "\u22EC",
  "&NotLess;": "\u226E",
  "&NotLessEqual;": "\u2270",
  "&NotLessGreater;": "\u2278",
  "&NotLessLess;": "\u226A\u0338",
  "&NotLessSlantEqual;": "\u2A7D\u0338",
  "&NotLessTilde;": "\u2274",
  "&NotNestedGreaterGreater;": "\u2AA2\u0338",
  "&NotNestedLessLess;": "\u2AA1\u0338",
  "&NotPrecedes;": "\u2280",
  "&NotPrecedesEqual;": "\u2AAF\u0338",
  "&NotPrecedesSlantEqual;": "\u22E0",
  "&NotReverseElement;": "\u220C",
  "&NotRightTriangle;": "\u22EB",
  "&NotRightTriangleBar;": "\u29D0\u0338",
  "&NotRightTriangleEqual;": "\u22ED",
  "&NotSquareSubset;": "\u228F\u0338",
  "&NotSquareSubsetEqual;": "\u22E2",
  "&NotSquareSuperset;": "\u2290\u0338",
  "&NotSquareSupersetEqual;": "\u22E3",
  "&NotSubset;": "\u2282\u20D2",
  "&NotSubsetEqual;": "\u2288",
  "&NotSucceeds;": "\u2281",
  "&NotSucceedsEqual;": "\u2AB0\u0338",
  "&NotSucceedsSlantEqual;": "\u22E1",
  "&NotSucceedsTilde;": "\u227F\u0338",
  "&NotSuperset;": "\u2283\u20D2",
  "&NotSupersetEqual;": "\u2289",
  "&NotTilde;": "\u2241",
  "&NotTildeEqual;": "\u2244",
  "&NotTildeFullEqual;": "\u2247",
  "&NotTildeTilde;": "\u2249",
  "&NotVerticalBar;": "\u2224",
  "&Nscr;": "\u{1D4A9}",
  "&Ntilde": "\xD1",
  "&Ntilde;": "\xD1",
  "&Nu;": "\u039D",
  "&OElig;": "\u0152",
  "&Oacute": "\xD3",
  "&Oacute;": "\xD3",
  "&Ocirc": "\xD4",
  "&Ocirc;": "\xD4",
  "&Ocy;": "\u041E",
  "&Odblac;": "\u0150",
  "&Ofr;": "\u{1D512}",
  "&Ograve": "\xD2",
  "&Ograve;": "\xD2",
  "&Omacr;": "\u014C",
  "&Omega;": "\u03A9",
  "&Omicron;": "\u039F",
  "&Oopf;": "\u{1D546}",
  "&OpenCurlyDoubleQuote;": "\u201C",
  "&OpenCurlyQuote;": "\u2018",
  "&Or;": "\u2A54",
  "&Oscr;": "\u{1D4AA}",
  "&Oslash": "\xD8",
  "&Oslash;": "\xD8",
  "&Otilde": "\xD5",
  "&Otilde;": "\xD5",
  "&Otimes;": "\u2A37",
  "&Ouml": "\xD6",
  "&Ouml;": "\xD6",
  "&OverBar;": "\u203E",
  "&OverBrace;": "\u23DE",
  "&OverBracket;": "\u23B4",
  "&OverParenthesis;": "\u23DC",
  "&PartialD;": "\u2202",
  "&Pcy;": "\u041F",
  "&Pfr;": "\u{1D513}",
  "&Phi;": "\u03A6",
  "&Pi;": "\u03A0",
  "&PlusMinus;": "\xB1",
  "&Poincareplane;": "\u210C",
  "&Popf;": "\u2119",
  "&Pr;": "\u2ABB",
  "&Precedes;": "\u227A",
  "&PrecedesEqual;": "\u2AAF",
  "&PrecedesSlantEqual;": "\u227C",
  "&PrecedesTilde;": "\u227E",
  "&Prime;": "\u2033",
  "&Product;": "\u220F",
  "&Proportion;": "\u2237",
  "&Proportional;": "\u221D",
  "&Pscr;": "\u{1D4AB}",
  "&Psi;": "\u03A8",
  "&QUOT": '"',
  "&QUOT;": '"',
  "&Qfr;": "\u{1D514}",
  "&Qopf;": "\u211A",
  "&Qscr;": "\u{1D4AC}",
  "&RBarr;": "\u2910",
  "&REG": "\xAE",
  "&REG;": "\xAE",
  "&Racute;": "\u0154",
  "&Rang;": "\u27EB",
  "&Rarr;": "\u21A0",
  "&Rarrtl;": "\u2916",
  "&Rcaron;": "\u0158",
  "&Rcedil;": "\u0156",
  "&Rcy;": "\u0420",
  "&Re;": "\u211C",
  "&ReverseElement;": "\u220B",
  "&ReverseEquilibrium;": "\u21CB",
  "&ReverseUpEquilibrium;": "\u296F",
  "&Rfr;": "\u211C",
  "&Rho;": "\u03A1",
  "&RightAngleBracket;": "\u27E9",
  "&RightArrow;": "\u2192",
  "&RightArrowBar;": "\u21E5",
  "&RightArrowLeftArrow;": "\u21C4",
  "&RightCeiling;": "\u2309",
  "&RightDoubleBracket;": "\u27E7",
  "&RightDownTeeVector;": "\u295D",
  "&RightDownVector;": "\u21C2",
  "&RightDownVectorBar;": "\u2955",
  "&RightFloor;": "\u230B",
  "&RightTee;": "\u22A2",
  "&RightTeeArrow;": "\u21A6",
  "&RightTeeVector;": "\u295B",
  "&RightTriangle;": "\u22B3",
  "&RightTriangleBar;": "\u29D0",
  "&RightTriangleEqual;": "\u22B5",
  "&RightUpDownVector;": "\u294F",
  "&RightUpTeeVector;": "\u295C",
  "&RightUpVector;": "\u21BE",
  "&RightUpVectorBar;": "\u2954",
  "&RightVector;": "\u21C0",
  "&RightVectorBar;": "\u2953",
  "&Rightarrow;": "\u21D2",
  "&Ropf;": "\u211D",
  "&RoundImplies;": "\u2970",
  "&Rrightarrow;": "\u21DB",
  "&Rscr;": "\u211B",
  "&Rsh;": "\u21B1",
  "&RuleDelayed;": "\u29F4",
  "&SHCHcy;": "\u0429",
  "&SHcy;": "\u0428",
  "&SOFTcy;": "\u042C",
  "&Sacute;": "\u015A",
  "&Sc;": "\u2ABC",
  "&Scaron;": "\u0160",
  "&Scedil;": "\u015E",
  "&Scirc;": "\u015C",
  "&Scy;": "\u0421",
  "&Sfr;": "\u{1D516}",
  "&ShortDownArrow;": "\u2193",
  "&ShortLeftArrow;": "\u2190",
  "&ShortRightArrow;": "\u2192",
  "&ShortUpArrow;": "\u2191",
  "&Sigma;": "\u03A3",
  "&SmallCircle;": "\u2218",
  "&Sopf;": "\u{1D54A}",
  "&Sqrt;": "\u221A",
  "&Square;": "\u25A1",
  "&SquareIntersection;": "\u2293",
  "&SquareSubset;": "\u228F",
  "&SquareSubsetEqual;": "\u2291",
  "&SquareSuperset;": "\u2290",
  "&SquareSupersetEqual;": "\u2292",
  "&SquareUnion;": "\u2294",
  "&Sscr;": "\u{1D4AE}",
  "&Star;": "\u22C6",
  "&Sub;": "\u22D0",
  "&Subset;": "\u22D0",
  "&SubsetEqual;": "\u2286",
  "&Succeeds;": "\u227B",
  "&SucceedsEqual;": "\u2AB0",
  "&SucceedsSlantEqual;": "\u227D",
  "&SucceedsTilde;": "\u227F",
  "&SuchThat;": "\u220B",
  "&Sum;": "\u2211",
  "&Sup;": "\u22D1",
  "&Superset;": "\u2283",
  "&SupersetEqual;": "\u2287",
  "&Supset;": "\u22D1",
  "&THORN": "\xDE",
  "&THORN;": "\xDE",
  "&TRADE;": "\u2122",
  "&TSHcy;": "\u040B",
  "&TScy;": "\u0426",
  "&Tab;": "	",
  "&Tau;": "\u03A4",
  "&Tcaron;": "\u0164",
  "&Tcedil;": "\u0162",
  "&Tcy;": "\u0422",
  "&Tfr;": "\u{1D517}",
  "&Therefore;": "\u2234",
  "&Theta;": "\u0398",
  "&ThickSpace;": "\u205F\u200A",
  "&ThinSpace;": "\u2009",
  "&Tilde;": "\u223C",
  "&TildeEqual;": "\u2243",
  "&TildeFullEqual;": "\u2245",
  "&TildeTilde;": "\u2248",
  "&Topf;": "\u{1D54B}",
  "&TripleDot;": "\u20DB",
  "&Tscr;": "\u{1D4AF}",
  "&Tstrok;": "\u0166",
  "&Uacute": "\xDA",
  "&Uacute;": "\xDA",
  "&Uarr;": "\u219F",
  "&Uarrocir;": "\u2949",
  "&Ubrcy;": "\u040E",
  "&Ubreve;": "\u016C",
  "&Ucirc": "\xDB",
  "&Ucirc;": "\xDB",
  "&Ucy;": "\u0423",
  "&Udblac;": "\u0170",
  "&Ufr;": "\u{1D518}",
  "&Ugrave": "\xD9",
  "&Ugrave;": "\xD9",
  "&Umacr;": "\u016A",
  "&UnderBar;": "_",
  "&UnderBrace;": "\u23DF",
  "&UnderBracket;": "\u23B5",
  "&UnderParenthesis;": "\u23DD",
  "&Union;": "\u22C3",
  "&UnionPlus;": "\u228E",
  "&Uogon;": "\u0172",
  "&Uopf;": "\u{1D54C}",
  "&UpArrow;": "\u2191",
  "&UpArrowBar;": "\u2912",
  "&UpArrowDownArrow;": "\u21C5",
  "&UpDownArrow;": "\u2195",
  "&UpEquilibrium;": "\u296E",
  "&UpTee;": "\u22A5",
  "&UpTeeArrow;": "\u21A5",
  "&Uparrow;": "\u21D1",
  "&Updownarrow;": "\u21D5",
  "&UpperLeftArrow;": "\u2196",
  "&UpperRightArrow;": "\u2197",
  "&Upsi;": "\u03D2",
  "&Upsilon;": "\u03A5",
  "&Uring;": "\u016E",
  "&Uscr;": "\u{1D4B0}",
  "&Utilde;": "\u0168",
  "&Uuml": "\xDC",
  "&Uuml;": "\xDC",
  "&VDash;": "\u22AB",
  "&Vbar;": "\u2AEB",
  "&Vcy;": "\u0412",
  "&Vdash;": "\u22A9",
  "&Vdashl;": "\u2AE6",
  "&Vee;": "\u22C1",
  "&Verbar;": "\u2016",
  "&Vert;": "\u2016",
  "&VerticalBar;": "\u2223",
  "&VerticalLine;": "|",
  "&VerticalSeparator;": "\u2758",
  "&VerticalTilde;": "\u2240",
  "&VeryThinSpace;": "\u200A",
  "&Vfr;": "\u{1D519}",
  "&Vopf;": "\u{1D54D}",
  "&Vscr;": "\u{1D4B1}",
  "&Vvdash;": "\u22AA",
  "&Wcirc;": "\u0174",
  "&Wedge;": "\u22C0",
  "&Wfr;": "\u{1D51A}",
  "&Wopf;": "\u{1D54E}",
  "&Wscr;": "\u{1D4B2}",
  "&Xfr;": "\u{1D51B}",
  "&Xi;": "\u039E",
  "&Xopf;": "\u{1D54F}",
  "&Xscr;": "\u{1D4B3}",
  "&YAcy;": "\u042F",
  "&YIcy;": "\u0407",
  "&YUcy;": "\u042E",
  "&Yacute": "\xDD",
  "&Yacute;": "\xDD",
  "&Ycirc;": "\u0176",
  "&Ycy;": "\u042B",
  "&Yfr;": "\u{1D51C}",
  "&Yopf;": "\u{1D550}",
  "&Yscr;": "\u{1D4B4}",
  "&Yuml;": "\u0178",
  "&ZHcy;": "\u0416",
  "&Zacute;": "\u0179",
  "&Zcaron;": "\u017D",
  "&Zcy;": "\u0417",
  "&Zdot;": "\u017B",
  "&ZeroWidthSpace;": "\u200B",
  "&Zeta;": "\u0396",
  "&Zfr;": "\u2128",
  "&Zopf;": "\u2124",
  "&Zscr;": "\u{1D4B5}",
  "&aacute": "\xE1",
  "&aacute;": "\xE1",
  "&abreve;": "\u0103",
  "&ac;": "\u223E",
  "&acE;": "\u223E\u0333",
  "&acd;": "\u223F",
  "&acirc": "\xE2",
  "&acirc;": "\xE2",
  "&acute": "\xB4",
  "&acute;": "\xB4",
  "&acy;": "\u0430",
  "&aelig": "\xE6",
  "&aelig;": "\xE6",
  "&af;": "\u2061",
  "&afr;": "\u{1D51E}",
  "&agrave": "\xE0",
  "&agrave;": "\xE0",
  "&alefsym;": "\u2135",
  "&aleph;": "\u2135",
  "&alpha;": "\u03B1",
  "&amacr;": "\u0101",
  "&amalg;": "\u2A3F",
  "&amp": "&",
  "&amp;": "&",
  "&and;": "\u2227",
  "&andand;": "\u2A55",
  "&andd;": "\u2A5C",
  "&andslope;": "\u2A58",
  "&andv;": "\u2A5A",
  "&ang;": "\u2220",
  "&ange;": "\u29A4",
  "&angle;": "\u2220",
  "&angmsd;": "\u2221",
  "&angmsdaa;": "\u29A8",
  "&angmsdab;": "\u29A9",
  "&angmsdac;": "\u29AA",
  "&angmsdad;": "\u29AB",
  "&angmsdae;": "\u29AC",
  "&angmsdaf;": "\u29AD",
  "&angmsdag;": "\u29AE",
  "&angmsdah;": "\u29AF",
  "&angrt;": "\u221F",
  "&angrtvb;": "\u22BE",
  "&angrtvbd;": "\u299D",
  "&angsph;": "\u2222",
  "&angst;": "\xC5",
  "&angzarr;": "\u237C",
  "&aogon;": "\u0105",
  "&aopf;": "\u{1D552}",
  "&ap;": "\u2248",
  "&apE;": "\u2A70",
  "&apacir;": "\u2A6F",
  "&ape;": "\u224A",
  "&apid;": "\u224B",
  "&apos;": "'",
  "&approx;": "\u2248",
  "&approxeq;": "\u224A",
  "&aring": "\xE5",
  "&aring;": "\xE5",
  "&ascr;": "\u{1D4B6}",
  "&ast;": "*",
  "&asymp;": "\u2248",
  "&asympeq;": "\u224D",
  "&atilde": "\xE3",
  "&atilde;": "\xE3",
  "&auml": "\xE4",
  "&auml;": "\xE4",
  "&awconint;": "\u2233",
  "&awint;": "\u2A11",
  "&bNot;": "\u2AED",
  "&backcong;": "\u224C",
  "&backepsilon;": "\u03F6",
  "&backprime;": "\u2035",
  "&backsim;": "\u223D",
  "&backsimeq;": "\u22CD",
  "&barvee;": "\u22BD",
  "&barwed;": "\u2305",
  "&barwedge;": "\u2305",
  "&bbrk;": "\u23B5",
  "&bbrktbrk;": "\u23B6",
  "&bcong;": "\u224C",
  "&bcy;": "\u0431",
  "&bdquo;": "\u201E",
  "&becaus;": "\u2235",
  "&because;": "\u2235",
  "&bemptyv;": "\u29B0",
  "&bepsi;": "\u03F6",
  "&bernou;": "\u212C",
  "&beta;": "\u03B2",
  "&beth;": "\u2136",
  "&between;": "\u226C",
  "&bfr;": "\u{1D51F}",
  "&bigcap;": "\u22C2",
  "&bigcirc;": "\u25EF",
  "&bigcup;": "\u22C3",
  "&bigodot;": "\u2A00",
  "&bigoplus;": "\u2A01",
  "&bigotimes;": "\u2A02",
  "&bigsqcup;": "\u2A06",
  "&bigstar;": "\u2605",
  "&bigtriangledown;": "\u25BD",
  "&bigtriangleup;": "\u25B3",
  "&biguplus;": "\u2A04",
  "&bigvee;": "\u22C1",
  "&bigwedge;": "\u22C0",
  "&bkarow;": "\u290D",
  "&blacklozenge;": "\u29EB",
  "&blacksquare;": "\u25AA",
  "&blacktriangle;": "\u25B4",
  "&blacktriangledown;": "\u25BE",
  "&blacktriangleleft;": "\u25C2",
  "&blacktriangleright;": "\u25B8",
  "&blank;": "\u2423",
  "&blk12;": "\u2592",
  "&blk14;": "\u2591",
  "&blk34;": "\u2593",
  "&block;": "\u2588",
  "&bne;": "=\u20E5",
  "&bnequiv;": "\u2261\u20E5",
  "&bnot;": "\u2310",
  "&bopf;": "\u{1D553}",
  "&bot;": "\u22A5",
  "&bottom;": "\u22A5",
  "&bowtie;": "\u22C8",
  "&boxDL;": "\u2557",
  "&boxDR;": "\u2554",
  "&boxDl;": "\u2556",
  "&boxDr;": "\u2553",
  "&boxH;": "\u2550",
  "&boxHD;": "\u2566",
  "&boxHU;": "\u2569",
  "&boxHd;": "\u2564",
  "&boxHu;": "\u2567",
  "&boxUL;": "\u255D",
  "&boxUR;": "\u255A",
  "&boxUl;": "\u255C",
  "&boxUr;": "\u2559",
  "&boxV;": "\u2551",
  "&boxVH;": "\u256C",
  "&boxVL;": "\u2563",
  "&boxVR;": "\u2560",
  "&boxVh;": "\u256B",
  "&boxVl;": "\u2562",
  "&boxVr;": "\u255F",
  "&boxbox;": "\u29C9",
  "&boxdL;": "\u2555",
  "&boxdR;": "\u2552",
  "&boxdl;": "\u2510",
  "&boxdr;": "\u250C",
  "&boxh;": "\u2500",
  "&boxhD;": "\u2565",
  "&boxhU;": "\u2568",
  "&boxhd;": "\u252C",
  "&boxhu;": "\u2534",
  "&boxminus;": "\u229F",
  "&boxplus;": "\u229E",
  "&boxtimes;": "\u22A0",
  "&boxuL;": "\u255B",
  "&boxuR;": "\u2558",
  "&boxul;": "\u2518",
  "&boxur;": "\u2514",
  "&boxv;": "\u2502",
  "&boxvH;": "\u256A",
  "&boxvL;": "\u2561",
  "&boxvR;": "\u255E",
  "&boxvh;": "\u253C",
  "&boxvl;": "\u2524",
  "&boxvr;": "\u251C",
  "&bprime;": "\u2035",
  "&breve;": "\u02D8",
  "&brvbar": "\xA6",
  "&brvbar;": "\xA6",
  "&bscr;": "\u{1D4B7}",
  "&bsemi;": "\u204F",
  "&bsim;": "\u223D",
  "&bsime;": "\u22CD",
  "&bsol;": "\\",
  "&bsolb;": "\u29C5",
  "&bsolhsub;": "\u27C8",
  "&bull;": "\u2022",
  "&bullet;": "\u2022",
  "&bump;": "\u224E",
  "&bumpE;": "\u2AAE",
  "&bumpe;": "\u224F",
  "&bumpeq;": "\u224F",
  "&cacute;": "\u0107",
  "&cap;": "\u2229",
  "&capand;": "\u2A44",
  "&capbrcup;": "\u2A49",
  "&capcap;": "\u2A4B",
  "&capcup;": "\u2A47",
  "&capdot;": "\u2A40",
  "&caps;": "\u2229\uFE00",
  "&caret;": "\u2041",
  "&caron;": "\u02C7",
  "&ccaps;": "\u2A4D",
  "&ccaron;": "\u010D",
  "&ccedil": "\xE7",
  "&ccedil;": "\xE7",
  "&ccirc;": "\u0109",
  "&ccups;": "\u2A4C",
  "&ccupssm;": "\u2A50",
  "&cdot;": "\u010B",
  "&cedil": "\xB8",
  "&cedil;": "\xB8",
  "&cemptyv;": "\u29B2",
  "&cent": "\xA2",
  "&cent;": "\xA2",
  "&centerdot;": "\xB7",
  "&cfr;": "\u{1D520}",
  "&chcy;": "\u0447",
  "&check;": "\u2713",
  "&checkmark;": "\u2713",
  "&chi;": "\u03C7",
  "&cir;": "\u25CB",
  "&cirE;": "\u29C3",
  "&circ;": "\u02C6",
  "&circeq;": "\u2257",
  "&circlearrowleft;": "\u21BA",
  "&circlearrowright;": "\u21BB",
  "&circledR;": "\xAE",
  "&circledS;": "\u24C8",
  "&circledast;": "\u229B",
  "&circledcirc;": "\u229A",
  "&circleddash;": "\u229D",
  "&cire;": "\u2257",
  "&cirfnint;": "\u2A10",
  "&cirmid;": "\u2AEF",
  "&cirscir;": "\u29C2",
  "&clubs;": "\u2663",
  "&clubsuit;": "\u2663",
  "&colon;": ":",
  "&colone;": "\u2254",
  "&coloneq;": "\u2254",
  "&comma;": ",",
  "&commat;": "@",
  "&comp;": "\u2201",
  "&compfn;": "\u2218",
  "&complement;": "\u2201",
  "&complexes;": "\u2102",
  "&cong;": "\u2245",
  "&congdot;": "\u2A6D",
  "&conint;": "\u222E",
  "&copf;": "\u{1D554}",
  "&coprod;": "\u2210",
  "&copy": "\xA9",
  "&copy;": "\xA9",
  "&copysr;": "\u2117",
  "&crarr;": "\u21B5",
  "&cross;": "\u2717",
  "&cscr;": "\u{1D4B8}",
  "&csub;": "\u2ACF",
  "&csube;": "\u2AD1",
  "&csup;": "\u2AD0",
  "&csupe;": "\u2AD2",
  "&ctdot;": "\u22EF",
  "&cudarrl;": "\u2938",
  "&cudarrr;": "\u2935",
  "&cuepr;": "\u22DE",
  "&cuesc;": "\u22DF",
  "&cularr;": "\u21B6",
  "&cularrp;": "\u293D",
  "&cup;": "\u222A",
  "&cupbrcap;": "\u2A48",
  "&cupcap;": "\u2A46",
  "&cupcup;": "\u2A4A",
  "&cupdot;": "\u228D",
  "&cupor;": "\u2A45",
  "&cups;": "\u222A\uFE00",
  "&curarr;": "\u21B7",
  "&curarrm;": "\u293C",
  "&curlyeqprec;": "\u22DE",
  "&curlyeqsucc;": "\u22DF",
  "&curlyvee;": "\u22CE",
  "&curlywedge;": "\u22CF",
  "&curren": "\xA4",
  "&curren;": "\xA4",
  "&curvearrowleft;": "\u21B6",
  "&curvearrowright;": "\u21B7",
  "&cuvee;": "\u22CE",
  "&cuwed;": "\u22CF",
  "&cwconint;": "\u2232",
  "&cwint;": "\u2231",
  "&cylcty;": "\u232D",
  "&dArr;": "\u21D3",
  "&dHar;": "\u2965",
  "&dagger;": "\u2020",
  "&daleth;": "\u2138",
  "&darr;": "\u2193",
  "&dash;": "\u2010",
  "&dashv;": "\u22A3",
  "&dbkarow;": "\u290F",
  "&dblac;": "\u02DD",
  "&dcaron;": "\u010F",
  "&dcy;": "\u0434",
  "&dd;": "\u2146",
  "&ddagger;": "\u2021",
  "&ddarr;": "\u21CA",
  "&ddotseq;": "\u2A77",
  "&deg": "\xB0",
  "&deg;": "\xB0",
  "&delta;": "\u03B4",
  "&demptyv;": "\u29B1",
  "&dfisht;": "\u297F",
  "&dfr;": "\u{1D521}",
  "&dharl;": "\u21C3",
  "&dharr;": "\u21C2",
  "&diam;": "\u22C4",
  "&diamond;": "\u22C4",
  "&diamondsuit;": "\u2666",
  "&diams;": "\u2666",
  "&die;": "\xA8",
  "&digamma;": "\u03DD",
  "&disin;": "\u22F2",
  "&div;": "\xF7",
  "&divide": "\xF7",
  "&divide;": "\xF7",
  "&divideontimes;": "\u22C7",
  "&divonx;": "\u22C7",
  "&djcy;": "\u0452",
  "&dlcorn;": "\u231E",
  "&dlcrop;": "\u230D",
  "&dollar;": "$",
  "&dopf;": "\u{1D555}",
  "&dot;": "\u02D9",
  "&doteq;": "\u2250",
  "&doteqdot;": "\u2251",
  "&dotminus;": "\u2238",
  "&dotplus;": "\u2214",
  "&dotsquare;": "\u22A1",
  "&doublebarwedge;": "\u2306",
  "&downarrow;": "\u2193",
  "&downdownarrows;": "\u21CA",
  "&downharpoonleft;": "\u21C3",
  "&downharpoonright;": "\u21C2",
  "&drbkarow;": "\u2910",
  "&drcorn;": "\u231F",
  "&drcrop;": "\u230C",
  "&dscr;": "\u{1D4B9}",
  "&dscy;": "\u0455",
  "&dsol;": "\u29F6",
  "&dstrok;": "\u0111",
  "&dtdot;": "\u22F1",
  "&dtri;": "\u25BF",
  "&dtrif;": "\u25BE",
  "&duarr;": "\u21F5",
  "&duhar;": "\u296F",
  "&dwangle;": "\u29A6",
  "&dzcy;": "\u045F",
  "&dzigrarr;": "\u27FF",
  "&eDDot;": "\u2A77",
  "&eDot;": "\u2251",
  "&eacute": "\xE9",
  "&eacute;": "\xE9",
  "&easter;": "\u2A6E",
  "&ecaron;": "\u011B",
  "&ecir;": "\u2256",
  "&ecirc": "\xEA",
  "&ecirc;": "\xEA",
  "&ecolon;": "\u2255",
  "&ecy;": "\u044D",
  "&edot;": "\u0117",
  "&ee;": "\u2147",
  "&efDot;": "\u2252",
  "&efr;": "\u{1D522}",
  "&eg;": "\u2A9A",
  "&egrave": "\xE8",
  "&egrave;": "\xE8",
  "&egs;": "\u2A96",
  "&egsdot;": "\u2A98",
  "&el;": "\u2A99",
  "&elinters;": "\u23E7",
  "&ell;": "\u2113",
  "&els;": "\u2A95",
  "&elsdot;": "\u2A97",
  "&emacr;": "\u0113",
  "&empty;": "\u2205",
  "&emptyset;": "\u2205",
  "&emptyv;": "\u2205",
  "&emsp13;": "\u2004",
  "&emsp14;": "\u2005",
  "&emsp;": "\u2003",
  "&eng;": "\u014B",
  "&ensp;": "\u2002",
  "&eogon;": "\u0119",
  "&eopf;": "\u{1D556}",
  "&epar;": "\u22D5",
  "&eparsl;": "\u29E3",
  "&eplus;": "\u2A71",
  "&epsi;": "\u03B5",
  "&epsilon;": "\u03B5",
  "&epsiv;": "\u03F5",
  "&eqcirc;": "\u2256",
  "&eqcolon;": "\u2255",
  "&eqsim;": "\u2242",
  "&eqslantgtr;": "\u2A96",
  "&eqslantless;": "\u2A95",
  "&equals;": "=",
  "&equest;": "\u225F",
  "&equiv;": "\u2261",
  "&equivDD;": "\u2A78",
  "&eqvparsl;": "\u29E5",
  "&erDot;": "\u2253",
  "&erarr;": "\u2971",
  "&escr;": "\u212F",
  "&esdot;": "\u2250",
  "&esim;": "\u2242",
  "&eta;": "\u03B7",
  "&eth": "\xF0",
  "&eth;": "\xF0",
  "&euml": "\xEB",
  "&euml;": "\xEB",
  "&euro;": "\u20AC",
  "&excl;": "!",
  "&exist;": "\u2203",
  "&expectation;": "\u2130",
  "&exponentiale;": "\u2147",
  "&fallingdotseq;": "\u2252",
  "&fcy;": "\u0444",
  "&female;": "\u2640",
  "&ffilig;": "\uFB03",
  "&fflig;": "\uFB00",
  "&ffllig;": "\uFB04",
  "&ffr;": "\u{1D523}",
  "&filig;": "\uFB01",
  "&fjlig;": "fj",
  "&flat;": "\u266D",
  "&fllig;": "\uFB02",
  "&fltns;": "\u25B1",
  "&fnof;": "\u0192",
  "&fopf;": "\u{1D557}",
  "&forall;": "\u2200",
  "&fork;": "\u22D4",
  "&forkv;": "\u2AD9",
  "&fpartint;": "\u2A0D",
  "&frac12": "\xBD",
  "&frac12;": "\xBD",
  "&frac13;": "\u2153",
  "&frac14": "\xBC",
  "&frac14;": "\xBC",
  "&frac15;": "\u2155",
  "&frac16;": "\u2159",
  "&frac18;": "\u215B",
  "&frac23;": "\u2154",
  "&frac25;": "\u2156",
  "&frac34": "\xBE",
  "&frac34;": "\xBE",
  "&frac35;": "\u2157",
  "&frac38;": "\u215C",
  "&frac45;": "\u2158",
  "&frac56;": "\u215A",
  "&frac58;": "\u215D",
  "&frac78;": "\u215E",
  "&frasl;": "\u2044",
  "&frown;": "\u2322",
  "&fscr;": "\u{1D4BB}",
  "&gE;": "\u2267",
  "&gEl;": "\u2A8C",
  "&gacute;": "\u01F5",
  "&gamma;": "\u03B3",
  "&gammad;": "\u03DD",
  "&gap;": "\u2A86",
  "&gbreve;": "\u011F",
  "&gcirc;": "\u011D",
  "&gcy;": "\u0433",
  "&gdot;": "\u0121",
  "&ge;": "\u2265",
  "&gel;": "\u22DB",
  "&geq;": "\u2265",
  "&geqq;": "\u2267",
  "&geqslant;": "\u2A7E",
  "&ges;": "\u2A7E",
  "&gescc;": "\u2AA9",
  "&gesdot;": "\u2A80",
  "&gesdoto;": "\u2A82",
  "&gesdotol;": "\u2A84",
  "&gesl;": "\u22DB\uFE00",
  "&gesles;": "\u2A94",
  "&gfr;": "\u{1D524}",
  "&gg;": "\u226B",
  "&ggg;": "\u22D9",
  "&gimel;": "\u2137",
  "&gjcy;": "\u0453",
  "&gl;": "\u2277",
  "&glE;": "\u2A92",
  "&gla;": "\u2AA5",
  "&glj;": "\u2AA4",
  "&gnE;": "\u2269",
  "&gnap;": "\u2A8A",
  "&gnapprox;": "\u2A8A",
  "&gne;": "\u2A88",
  "&gneq;": "\u2A88",
  "&gneqq;": "\u2269",
  "&gnsim;": "\u22E7",
  "&gopf;": "\u{1D558}",
  "&grave;": "`",
  "&gscr;": "\u210A",
  "&gsim;": "\u2273",
  "&gsime;": "\u2A8E",
  "&gsiml;": "\u2A90",
  "&gt": ">",
  "&gt;": ">",
  "&gtcc;": "\u2AA7",
  "&gtcir;": "\u2A7A",
  "&gtdot;": "\u22D7",
  "&gtlPar;": "\u2995",
  "&gtquest;": "\u2A7C",
  "&gtrapprox;": "\u2A86",
  "&gtrarr;": "\u2978",
  "&gtrdot;": "\u22D7",
  "&gtreqless;": "\u22DB",
  "&gtreqqless;": "\u2A8C",
  "&gtrless;": "\u2277",
  "&gtrsim;": "\u2273",
  "&gvertneqq;": "\u2269\uFE00",
  "&gvnE;": "\u2269\uFE00",
  "&hArr;": "\u21D4",
  "&hairsp;": "\u200A",
  "&half;": "\xBD",
  "&hamilt;": "\u210B",
  "&hardcy;": "\u044A",
  "&harr;": "\u2194",
  "&harrcir;": "\u2948",
  "&harrw;": "\u21AD",
  "&hbar;": "\u210F",
  "&hcirc;": "\u0125",
  "&hearts;": "\u2665",
  "&heartsuit;": "\u2665",
  "&hellip;": "\u2026",
  "&hercon;": "\u22B9",
  "&hfr;": "\u{1D525}",
  "&hksearow;": "\u2925",
  "&hkswarow;": "\u2926",
  "&hoarr;": "\u21FF",
  "&homtht;": "\u223B",
  "&hookleftarrow;": "\u21A9",
  "&hookrightarrow;": "\u21AA",
  "&hopf;": "\u{1D559}",
  "&horbar;": "\u2015",
  "&hscr;": "\u{1D4BD}",
  "&hslash;": "\u210F",
  "&hstrok;": "\u0127",
  "&hybull;": "\u2043",
  "&hyphen;": "\u2010",
  "&iacute": "\xED",
  "&iacute;": "\xED",
  "&ic;": "\u2063",
  "&icirc": "\xEE",
  "&icirc;": "\xEE",
  "&icy;": "\u0438",
  "&iecy;": "\u0435",
  "&iexcl": "\xA1",
  "&iexcl;": "\xA1",
  "&iff;": "\u21D4",
  "&ifr;": "\u{1D526}",
  "&igrave": "\xEC",
  "&igrave;": "\xEC",
  "&ii;": "\u2148",
  "&iiiint;": "\u2A0C",
  "&iiint;": "\u222D",
  "&iinfin;": "\u29DC",
  "&iiota;": "\u2129",
  "&ijlig;": "\u0133",
  "&imacr;": "\u012B",
  "&image;": "\u2111",
  "&imagline;": "\u2110",
  "&imagpart;": "\u2111",
  "&imath;": "\u0131",
  "&imof;": "\u22B7",
  "&imped;": "\u01B5",
  "&in;": "\u2208",
  "&incare;": "\u2105",
  "&infin;": "\u221E",
  "&infintie;": "\u29DD",
  "&inodot;": "\u0131",
  "&int;": "\u222B",
  "&intcal;": "\u22BA",
  "&integers;": "\u2124",
  "&intercal;": "\u22BA",
  "&intlarhk;": "\u2A17",
  "&intprod;": "\u2A3C",
  "&iocy;": "\u0451",
  "&iogon;": "\u012F",
  "&iopf;": "\u{1D55A}",
  "&iota;": "\u03B9",
  "&iprod;": "\u2A3C",
  "&iquest": "\xBF",
  "&iquest;": "\xBF",
  "&iscr;": "\u{1D4BE}",
  "&isin;": "\u2208",
  "&isinE;": "\u22F9",
  "&isindot;": "\u22F5",
  "&isins;": "\u22F4",
  "&isinsv;": "\u22F3",
  "&isinv;": "\u2208",
  "&it;": "\u2062",
  "&itilde;": "\u0129",
  "&iukcy;": "\u0456",
  "&iuml": "\xEF",
  "&iuml;": "\xEF",
  "&jcirc;": "\u0135",
  "&jcy;": "\u0439",
  "&jfr;": "\u{1D527}",
  "&jmath;": "\u0237",
  "&jopf;": "\u{1D55B}",
  "&jscr;": "\u{1D4BF}",
  "&jsercy;": "\u0458",
  "&jukcy;": "\u0454",
  "&kappa;": "\u03BA",
  "&kappav;": "\u03F0",
  "&kcedil;": "\u0137",
  "&kcy;": "\u043A",
  "&kfr;": "\u{1D528}",
  "&kgreen;": "\u0138",
  "&khcy;": "\u0445",
  "&kjcy;": "\u045C",
  "&kopf;": "\u{1D55C}",
  "&kscr;": "\u{1D4C0}",
  "&lAarr;": "\u21DA",
  "&lArr;": "\u21D0",
  "&lAtail;": "\u291B",
  "&lBarr;": "\u290E",
  "&lE;": "\u2266",
  "&lEg;": "\u2A8B",
  "&lHar;": "\u2962",
  "&lacute;": "\u013A",
  "&laemptyv;": "\u29B4",
  "&lagran;": "\u2112",
  "&lambda;": "\u03BB",
  "&lang;": "\u27E8",
  "&langd;": "\u2991",
  "&langle;": "\u27E8",
  "&lap;": "\u2A85",
  "&laquo": "\xAB",
  "&laquo;": "\xAB",
  "&larr;": "\u2190",
  "&larrb;": "\u21E4",
  "&larrbfs;": "\u291F",
  "&larrfs;": "\u291D",
  "&larrhk;": "\u21A9",
  "&larrlp;": "\u21AB",
  "&larrpl;": "\u2939",
  "&larrsim;": "\u2973",
  "&larrtl;": "\u21A2",
  "&lat;": "\u2AAB",
  "&latail;": "\u2919",
  "&late;": "\u2AAD",
  "&lates;": "\u2AAD\uFE00",
  "&lbarr;": "\u290C",
  "&lbbrk;": "\u2772",
  "&lbrace;": "{",
  "&lbrack;": "[",
  "&lbrke;": "\u298B",
  "&lbrksld;": "\u298F",
  "&lbrkslu;": "\u298D",
  "&lcaron;": "\u013E",
  "&lcedil;": "\u013C",
  "&lceil;": "\u2308",
  "&lcub;": "{",
  "&lcy;": "\u043B",
  "&ldca;": "\u2936",
  "&ldquo;": "\u201C",
  "&ldquor;": "\u201E",
  "&ldrdhar;": "\u2967",
  "&ldrushar;": "\u294B",
  "&ldsh;": "\u21B2",
  "&le;": "\u2264",
  "&leftarrow;": "\u2190",
  "&leftarrowtail;": "\u21A2",
  "&leftharpoondown;": "\u21BD",
  "&leftharpoonup;": "\u21BC",
  "&leftleftarrows;": "\u21C7",
  "&leftrightarrow;": "\u2194",
  "&leftrightarrows;": "\u21C6",
  "&leftrightharpoons;": "\u21CB",
  "&leftrightsquigarrow;": "\u21AD",
  "&leftthreetimes;": "\u22CB",
  "&leg;": "\u22DA",
  "&leq;": "\u2264",
  "&leqq;": "\u2266",
  "&leqslant;": "\u2A7D",
  "&les;": "\u2A7D",
  "&lescc;": "\u2AA8",
  "&lesdot;": "\u2A7F",
  "&lesdoto;": "\u2A81",
  "&lesdotor;": "\u2A83",
  "&lesg;": "\u22DA\uFE00",
  "&lesges;": "\u2A93",
  "&lessapprox;": "\u2A85",
  "&lessdot;": "\u22D6",
  "&lesseqgtr;": "\u22DA",
  "&lesseqqgtr;": "\u2A8B",
  "&lessgtr;": "\u2276",
  "&lesssim;": "\u2272",
  "&lfisht;": "\u297C",
  "&lfloor;": "\u230A",
  "&lfr;": "\u{1D529}",
  "&lg;": "\u2276",
  "&lgE;": "\u2A91",
  "&lhard;": "\u21BD",
  "&lharu;": "\u21BC",
  "&lharul;": "\u296A",
  "&lhblk;": "\u2584",
  "&ljcy;": "\u0459",
  "&ll;": "\u226A",
  "&llarr;": "\u21C7",
  "&llcorner;": "\u231E",
  "&llhard;": "\u296B",
  "&lltri;": "\u25FA",
  "&lmidot;": "\u0140",
  "&lmoust;": "\u23B0",
  "&lmoustache;": "\u23B0",
  "&lnE;": "\u2268",
  "&lnap;": "\u2A89",
  "&lnapprox;": "\u2A89",
  "&lne;": "\u2A87",
  "&lneq;": "\u2A87",
  "&lneqq;": "\u2268",
  "&lnsim;": "\u22E6",
  "&loang;": "\u27EC",
  "&loarr;": "\u21FD",
  "&lobrk;": "\u27E6",
  "&longleftarrow;": "\u27F5",
  "&longleftrightarrow;": "\u27F7",
  "&longmapsto;": "\u27FC",
  "&longrightarrow;": "\u27F6",
  "&looparrowleft;": "\u21AB",
  "&looparrowright;": "\u21AC",
  "&lopar;": "\u2985",
  "&lopf;": "\u{1D55D}",
  "&loplus;": "\u2A2D",
  "&lotimes;": "\u2A34",
  "&lowast;": "\u2217",
  "&lowbar;": "_",
  "&loz;": "\u25CA",
  "&lozenge;": "\u25CA",
  "&lozf;": "\u29EB",
  "&lpar;": "(",
  "&lparlt;": "\u2993",
  "&lrarr;": "\u21C6",
  "&lrcorner;": "\u231F",
  "&lrhar;": "\u21CB",
  "&lrhard;": "\u296D",
  "&lrm;": "\u200E",
  "&lrtri;": "\u22BF",
  "&lsaquo;": "\u2039",
  "&lscr;": "\u{1D4C1}",
  "&lsh;": "\u21B0",
  "&lsim;": "\u2272",
  "&lsime;": "\u2A8D",
  "&lsimg;": "\u2A8F",
  "&lsqb;": "[",
  "&lsquo;": "\u2018",
  "&lsquor;": "\u201A",
  "&lstrok;": "\u0142",
  "&lt": "<",
  "&lt;": "<",
  "&ltcc;": "\u2AA6",
  "&ltcir;": "\u2A79",
  "&ltdot;": "\u22D6",
  "&lthree;": "\u22CB",
  "&ltimes;": "\u22C9",
  "&ltlarr;": "\u2976",
  "&ltquest;": "\u2A7B",
  "&ltrPar;": "\u2996",
  "&ltri;": "\u25C3",
  "&ltrie;": "\u22B4",
  "&ltrif;": "\u25C2",
  "&lurdshar;": "\u294A",
  "&luruhar;": "\u2966",
  "&lvertneqq;": "\u2268\uFE00",
  "&lvnE;": "\u2268\uFE00",
  "&mDDot;": "\u223A",
  "&macr": "\xAF",
  "&macr;": "\xAF",
  "&male;": "\u2642",
  "&malt;": "\u2720",
  "&maltese;": "\u2720",
  "&map;": "\u21A6",
  "&mapsto;": "\u21A6",
  "&mapstodown;": "\u21A7",
  "&mapstoleft;": "\u21A4",
  "&mapstoup;": "\u21A5",
  "&marker;": "\u25AE",
  "&mcomma;": "\u2A29",
  "&mcy;": "\u043C",
  "&mdash;": "\u2014",
  "&measuredangle;": "\u2221",
  "&mfr;": "\u{1D52A}",
  "&mho;": "\u2127",
  "&micro": "\xB5",
  "&micro;": "\xB5",
  "&mid;": "\u2223",
  "&midast;": "*",
  "&midcir;": "\u2AF0",
  "&middot": "\xB7",
  "&middot;": "\xB7",
  "&minus;": "\u2212",
  "&minusb;": "\u229F",
  "&minusd;": "\u2238",
  "&minusdu;": "\u2A2A",
  "&mlcp;": "\u2ADB",
  "&mldr;": "\u2026",
  "&mnplus;": "\u2213",
  "&models;": "\u22A7",
  "&mopf;": "\u{1D55E}",
  "&mp;": "\u2213",
  "&mscr;": "\u{1D4C2}",
  "&mstpos;": "\u223E",
  "&mu;": "\u03BC",
  "&multimap;": "\u22B8",
  "&mumap;": "\u22B8",
  "&nGg;": "\u22D9\u0338",
  "&nGt;": "\u226B\u20D2",
  "&nGtv;": "\u226B\u0338",
  "&nLeftarrow;": "\u21CD",
  "&nLeftrightarrow;": "\u21CE",
  "&nLl;": "\u22D8\u0338",
  "&nLt;": "\u226A\u20D2",
  "&nLtv;": "\u226A\u0338",
  "&nRightarrow;": "\u21CF",
  "&nVDash;": "\u22AF",
  "&nVdash;": "\u22AE",
  "&nabla;": "\u2207",
  "&nacute;": "\u0144",
  "&nang;": "\u2220\u20D2",
  "&nap;": "\u2249",
  "&napE;": "\u2A70\u0338",
  "&napid;": "\u224B\u0338",
  "&napos;": "\u0149",
  "&napprox;": "\u2249",
  "&natur;": "\u266E",
  "&natural;": "\u266E",
  "&naturals;": "\u2115",
  "&nbsp": "\xA0",
  "&nbsp;": "\xA0",
  "&nbump;": "\u224E\u0338",
  "&nbumpe;": "\u224F\u0338",
  "&ncap;": "\u2A43",
  "&ncaron;": "\u0148",
  "&ncedil;": "\u0146",
  "&ncong;": "\u2247",
  "&ncongdot;": "\u2A6D\u0338",
  "&ncup;": "\u2A42",
  "&ncy;": "\u043D",
  "&ndash;": "\u2013",
  "&ne;": "\u2260",
  "&neArr;": "\u21D7",
  "&nearhk;": "\u2924",
  "&nearr;": "\u2197",
  "&nearrow;": "\u2197",
  "&nedot;": "\u2250\u0338",
  "&nequiv;": "\u2262",
  "&nesear;": "\u2928",
  "&nesim;": "\u2242\u0338",
  "&nexist;": "\u2204",
  "&nexists;": "\u2204",
  "&nfr;": "\u{1D52B}",
  "&ngE;": "\u2267\u0338",
  "&nge;": "\u2271",
  "&ngeq;": "\u2271",
  "&ngeqq;": "\u2267\u0338",
  "&ngeqslant;": "\u2A7E\u0338",
  "&nges;": "\u2A7E\u0338",
  "&ngsim;": "\u2275",
  "&ngt;": "\u226F",
  "&ngtr;": "\u226F",
  "&nhArr;": "\u21CE",
  "&nharr;": "\u21AE",
  "&nhpar;": "\u2AF2",
  "&ni;": "\u220B",
  "&nis;": "\u22FC",
  "&nisd;": "\u22FA",
  "&niv;": "\u220B",
  "&njcy;": "\u045A",
  "&nlArr;": "\u21CD",
  "&nlE;": "\u2266\u0338",
  "&nlarr;": "\u219A",
  "&nldr;": "\u2025",
  "&nle;": "\u2270",
  "&nleftarrow;": "\u219A",
  "&nleftrightarrow;": "\u21AE",
  "&nleq;": "\u2270",
  "&nleqq;": "\u2266\u0338",
  "&nleqslant;": "\u2A7D\u0338",
  "&nles;": "\u2A7D\u0338",
  "&nless;": "\u226E",
  "&nlsim;": "\u2274",
  "&nlt;": "\u226E",
  "&nltri;": "\u22EA",
  "&nltrie;": "\u22EC",
  "&nmid;": "\u2224",
  "&nopf;": "\u{1D55F}",
  "&not": "\xAC",
  "&not;": "\xAC",
  "&notin;": "\u2209",
  "&notinE;": "\u22F9\u0338",
  "&notindot;": "\u22F5\u0338",
  "&notinva;": "\u2209",
  "&notinvb;": "\u22F7",
  "&notinvc;": "\u22F6",
  "&notni;": "\u220C",
  "&notniva;": "\u220C",
  "&notnivb;": "\u22FE",
  "&notnivc;": "\u22FD",
  "&npar;": "\u2226",
  "&nparallel;": "\u2226",
  "&nparsl;": "\u2AFD\u20E5",
  "&npart;": "\u2202\u0338",
  "&npolint;": "\u2A14",
  "&npr;": "\u2280",
  "&nprcue;": "\u22E0",
  "&npre;": "\u2AAF\u0338",
  "&nprec;": "\u2280",
  "&npreceq;": "\u2AAF\u0338",
  "&nrArr;": "\u21CF",
  "&nrarr;": "\u219B",
  "&nrarrc;": "\u2933\u0338",
  "&nrarrw;": "\u219D\u0338",
  "&nrightarrow;": "\u219B",
  "&nrtri;": "\u22EB",
  "&nrtrie;": "\u22ED",
  "&nsc;": "\u2281",
  "&nsccue;": "\u22E1",
  "&nsce;": "\u2AB0\u0338",
  "&nscr;": "\u{1D4C3}",
  "&nshortmid;": "\u2224",
  "&nshortparallel;": "\u2226",
  "&nsim;": "\u2241",
  "&nsime;": "\u2244",
  "&nsimeq;": "\u2244",
  "&nsmid;": "\u2224",
  "&nspar;": "\u2226",
  "&nsqsube;": "\u22E2",
  "&nsqsupe;": "\u22E3",
  "&nsub;": "\u2284",
  "&nsubE;": "\u2AC5\u0338",
  "&nsube;": "\u2288",
  "&nsubset;": "\u2282\u20D2",
  "&nsubseteq;": "\u2288",
  "&nsubseteqq;": "\u2AC5\u0338",
  "&nsucc;": "\u2281",
  "&nsucceq;": "\u2AB0\u0338",
  "&nsup;": "\u2285",
  "&nsupE;": "\u2AC6\u0338",
  "&nsupe;": "\u2289",
  "&nsupset;": "\u2283\u20D2",
  "&nsupseteq;": "\u2289",
  "&nsupseteqq;": "\u2AC6\u0338",
  "&ntgl;": "\u2279",
  "&ntilde": "\xF1",
  "&ntilde;": "\xF1",
  "&ntlg;": "\u2278",
  "&ntriangleleft;": "\u22EA",
  "&ntrianglelefteq;": "\u22EC",
  "&ntriangleright;": "\u22EB",
  "&ntrianglerighteq;": "\u22ED",
  "&nu;": "\u03BD",
  "&num;": "#",
  "&numero;": "\u2116",
  "&numsp;": "\u2007",
  "&nvDash;": "\u22AD",
  "&nvHarr;": "\u2904",
  "&nvap;": "\u224D\u20D2",
  "&nvdash;": "\u22AC",
  "&nvge;": "\u2265\u20D2",
  "&nvgt;": ">\u20D2",
  "&nvinfin;": "\u29DE",
  "&nvlArr;": "\u2902",
  "&nvle;": "\u2264\u20D2",
  "&nvlt;": "<\u20D2",
  "&nvltrie;": "\u22B4\u20D2",
  "&nvrArr;": "\u2903",
  "&nvrtrie;": "\u22B5\u20D2",
  "&nvsim;": "\u223C\u20D2",
  "&nwArr;": "\u21D6",
  "&nwarhk;": "\u2923",
  "&nwarr;": "\u2196",
  "&nwarrow;": "\u2196",
  "&nwnear;": "\u2927",
  "&oS;": "\u24C8",
  "&oacute": "\xF3",
  "&oacute;": "\xF3",
  "&oast;": "\u229B",
  "&ocir;": "\u229A",
  "&ocirc": "\xF4",
  "&ocirc;": "\xF4",
  "&ocy;": "\u043E",
  "&odash;": "\u229D",
  "&odblac;": "\u0151",
  "&odiv;": "\u2A38",
  "&odot;": "\u2299",
  "&odsold;": "\u29BC",
  "&oelig;": "\u0153",
  "&ofcir;": "\u29BF",
  "&ofr;": "\u{1D52C}",
  "&ogon;": "\u02DB",
  "&ograve": "\xF2",
  "&ograve;": "\xF2",
  "&ogt;": "\u29C1",
  "&ohbar;": "\u29B5",
  "&ohm;": "\u03A9",
  "&oint;": "\u222E",
  "&olarr;": "\u21BA",
  "&olcir;": "\u29BE",
  "&olcross;": "\u29BB",
  "&oline;": "\u203E",
  "&olt;": "\u29C0",
  "&omacr;": "\u014D",
  "&omega;": "\u03C9",
  "&omicron;": "\u03BF",
  "&omid;": "\u29B6",
  "&ominus;": "\u2296",
  "&oopf;": "\u{1D560}",
  "&opar;": "\u29B7",
  "&operp;": "\u29B9",
  "&oplus;": "\u2295",
  "&or;": "\u2228",
  "&orarr;": "\u21BB",
  "&ord;": "\u2A5D",
  "&order;": "\u2134",
  "&orderof;": "\u2134",
  "&ordf": "\xAA",
  "&ordf;": "\xAA",
  "&ordm": "\xBA",
  "&ordm;": "\xBA",
  "&origof;": "\u22B6",
  "&oror;": "\u2A56",
  "&orslope;": "\u2A57",
  "&orv;": "\u2A5B",
  "&oscr;": "\u2134",
  "&oslash": "\xF8",
  "&oslash;": "\xF8",
  "&osol;": "\u2298",
  "&otilde": "\xF5",
  "&otilde;": "\xF5",
  "&otimes;": "\u2297",
  "&otimesas;": "\u2A36",
  "&ouml": "\xF6",
  "&ouml;": "\xF6",
  "&ovbar;": "\u233D",
  "&par;": "\u2225",
  "&para": "\xB6",
  "&para;": "\xB6",
  "&parallel;": "\u2225",
  "&parsim;": "\u2AF3",
  "&parsl;": "\u2AFD",
  "&part;": "\u2202",
  "&pcy;": "\u043F",
  "&percnt;": "%",
  "&period;": ".",
  "&permil;": "\u2030",
  "&perp;": "\u22A5",
  "&pertenk;": "\u2031",
  "&pfr;": "\u{1D52D}",
  "&phi;": "\u03C6",
  "&phiv;": "\u03D5",
  "&phmmat;": "\u2133",
  "&phone;": "\u260E",
  "&pi;": "\u03C0",
  "&pitchfork;": "\u22D4",
  "&piv;": "\u03D6",
  "&planck;": "\u210F",
  "&planckh;": "\u210E",
  "&plankv;": "\u210F",
  "&plus;": "+",
  "&plusacir;": "\u2A23",
  "&plusb;": "\u229E",
  "&pluscir;": "\u2A22",
  "&plusdo;": "\u2214",
  "&plusdu;": "\u2A25",
  "&pluse;": "\u2A72",
  "&plusmn": "\xB1",
  "&plusmn;": "\xB1",
  "&plussim;": "\u2A26",
  "&plustwo;": "\u2A27",
  "&pm;": "\xB1",
  "&pointint;": "\u2A15",
  "&popf;": "\u{1D561}",
  "&pound": "\xA3",
  "&pound;": "\xA3",
  "&pr;": "\u227A",
  "&prE;": "\u2AB3",
  "&prap;": "\u2AB7",
  "&prcue;": "\u227C",
  "&pre;": "\u2AAF",
  "&prec;": "\u227A",
  "&precapprox;": "\u2AB7",
  "&preccurlyeq;": "\u227C",
  "&preceq;": "\u2AAF",
  "&precnapprox;": "\u2AB9",
  "&precneqq;": "\u2AB5",
  "&precnsim;": "\u22E8",
  "&precsim;": "\u227E",
  "&prime;": "\u2032",
  "&primes;": "\u2119",
  "&prnE;": "\u2AB5",
  "&prnap;": "\u2AB9",
  "&prnsim;": "\u22E8",
  "&prod;": "\u220F",
  "&profalar;": "\u232E",
  "&profline;": "\u2312",
  "&profsurf;": "\u2313",
  "&prop;": "\u221D",
  "&propto;": "\u221D",
  "&prsim;": "\u227E",
  "&prurel;": "\u22B0",
  "&pscr;": "\u{1D4C5}",
  "&psi;": "\u03C8",
  "&puncsp;": "\u2008",
  "&qfr;": "\u{1D52E}",
  "&qint;": "\u2A0C",
  "&qopf;": "\u{1D562}",
  "&qprime;": "\u2057",
  "&qscr;": "\u{1D4C6}",
  "&quaternions;": "\u210D",
  "&quatint;": "\u2A16",
  "&quest;": "?",
  "&questeq;": "\u225F",
  "&quot": '"',
  "&quot;": '"',
  "&rAarr;": "\u21DB",
  "&rArr;": "\u21D2",
  "&rAtail;": "\u291C",
  "&rBarr;": "\u290F",
  "&rHar;": "\u2964",
  "&race;": "\u223D\u0331",
  "&racute;": "\u0155",
  "&radic;": "\u221A",
  "&raemptyv;": "\u29B3",
  "&rang;": "\u27E9",
  "&rangd;": "\u2992",
  "&range;": "\u29A5",
  "&rangle;": "\u27E9",
  "&raquo": "\xBB",
  "&raquo;": "\xBB",
  "&rarr;": "\u2192",
  "&rarrap;": "\u2975",
  "&rarrb;": "\u21E5",
  "&rarrbfs;": "\u2920",
  "&rarrc;": "\u2933",
  "&rarrfs;": "\u291E",
  "&rarrhk;": "\u21AA",
  "&rarrlp;": "\u21AC",
  "&rarrpl;": "\u2945",
  "&rarrsim;": "\u2974",
  "&rarrtl;": "\u21A3",
  "&rarrw;": "\u219D",
  "&ratail;": "\u291A",
  "&ratio;": "\u2236",
  "&rationals;": "\u211A",
  "&rbarr;": "\u290D",
  "&rbbrk;": "\u2773",
  "&rbrace;": "}",
  "&rbrack;": "]",
  "&rbrke;": "\u298C",
  "&rbrksld;": "\u298E",
  "&rbrkslu;": "\u2990",
  "&rcaron;": "\u0159",
  "&rcedil;": "\u0157",
  "&rceil;": "\u2309",
  "&rcub;": "}",
  "&rcy;": "\u0440",
  "&rdca;": "\u2937",
  "&rdldhar;": "\u2969",
  "&rdquo;": "\u201D",
  "&rdquor;": "\u201D",
  "&rdsh;": "\u21B3",
  "&real;": "\u211C",
  "&realine;": "\u211B",
  "&realpart;": "\u211C",
  "&reals;": "\u211D",
  "&rect;": "\u25AD",
  "&reg": "\xAE",
  "&reg;": "\xAE",
  "&rfisht;": "\u297D",
  "&rfloor;": "\u230B",
  "&rfr;": "\u{1D52F}",
  "&rhard;": "\u21C1",
  "&rharu;": "\u21C0",
  "&rharul;": "\u296C",
  "&rho;": "\u03C1",
  "&rhov;": "\u03F1",
  "&rightarrow;": "\u2192",
  "&rightarrowtail;": "\u21A3",
  "&rightharpoondown;": "\u21C1",
  "&rightharpoonup;": "\u21C0",
  "&rightleftarrows;": "\u21C4",
  "&rightleftharpoons;": "\u21CC",
  "&rightrightarrows;": "\u21C9",
  "&rightsquigarrow;": "\u219D",
  "&rightthreetimes;": "\u22CC",
  "&ring;": "\u02DA",
  "&risingdotseq;": "\u2253",
  "&rlarr;": "\u21C4",
  "&rlhar;": "\u21CC",
  "&rlm;": "\u200F",
  "&rmoust;": "\u23B1",
  "&rmoustache;": "\u23B1",
  "&rnmid;": "\u2AEE",
  "&roang;": "\u27ED",
  "&roarr;": "\u21FE",
  "&robrk;": "\u27E7",
  "&ropar;": "\u2986",
  "&ropf;": "\u{1D563}",
  "&roplus;": "\u2A2E",
  "&rotimes;": "\u2A35",
  "&rpar;": ")",
  "&rpargt;": "\u2994",
  "&rppolint;": "\u2A12",
  "&rrarr;": "\u21C9",
  "&rsaquo;": "\u203A",
  "&rscr;": "\u{1D4C7}",
  "&rsh;": "\u21B1",
  "&rsqb;": "]",
  "&rsquo;": "\u2019",
  "&rsquor;": "\u2019",
  "&rthree;": "\u22CC",
  "&rtimes;": "\u22CA",
  "&rtri;": "\u25B9",
  "&rtrie;": "\u22B5",
  "&rtrif;": "\u25B8",
  "&rtriltri;": "\u29CE",
  "&ruluhar;": "\u2968",
  "&rx;": "\u211E",
  "&sacute;": "\u015B",
  "&sbquo;": "\u201A",
  "&sc;": "\u227B",
  "&scE;": "\u2AB4",
  "&scap;": "\u2AB8",
  "&scaron;": "\u0161",
  "&sccue;": "\u227D",
  "&sce;": "\u2AB0",
  "&scedil;": "\u015F",
  "&scirc;": "\u015D",
  "&scnE;": "\u2AB6",
  "&scnap;": "\u2ABA",
  "&scnsim;": "\u22E9",
  "&scpolint;": "\u2A13",
  "&scsim;": "\u227F",
  "&scy;": "\u0441",
  "&sdot;": "\u22C5",
  "&sdotb;": "\u22A1",
  "&sdote;": "\u2A66",
  "&seArr;": "\u21D8",
  "&searhk;": "\u2925",
  "&searr;": "\u2198",
  "&searrow;": "\u2198",
  "&sect": "\xA7",
  "&sect;": "\xA7",
  "&semi;": ";",
  "&seswar;": "\u2929",
  "&setminus;": "\u2216",
  "&setmn;": "\u2216",
  "&sext;": "\u2736",
  "&sfr;": "\u{1D530}",
  "&sfrown;": "\u2322",
  "&sharp;": "\u266F",
  "&shchcy;": "\u0449",
  "&shcy;": "\u0448",
  "&shortmid;": "\u2223",
  "&shortparallel;": "\u2225",
  "&shy": "\xAD",
  "&shy;": "\xAD",
  "&sigma;": "\u03C3",
  "&sigmaf;": "\u03C2",
  "&sigmav;": "\u03C2",
  "&sim;": "\u223C",
  "&simdot;": "\u2A6A",
  "&sime;": "\u2243",
  "&simeq;": "\u2243",
  "&simg;": "\u2A9E",
  "&simgE;": "\u2AA0",
  "&siml;": "\u2A9D",
  "&simlE;": "\u2A9F",
  "&simne;": "\u2246",
  "&simplus;": "\u2A24",
  "&simrarr;": "\u2972",
  "&slarr;": "\u2190",
  "&smallsetminus;": "\u2216",
  "&smashp;": "\u2A33",
  "&smeparsl;": "\u29E4",
  "&smid;": "\u2223",
  "&smile;": "\u2323",
  "&smt;": "\u2AAA",
  "&smte;": "\u2AAC",
  "&smtes;": "\u2AAC\uFE00",
  "&softcy;": "\u044C",
  "&sol;": "/",
  "&solb;": "\u29C4",
  "&solbar;": "\u233F",
  "&sopf;": "\u{1D564}",
  "&spades;": "\u2660",
  "&spadesuit;": "\u2660",
  "&spar;": "\u2225",
  "&sqcap;": "\u2293",
  "&sqcaps;": "\u2293\uFE00",
  "&sqcup;": "\u2294",
  "&sqcups;": "\u2294\uFE00",
  "&sqsub;": "\u228F",
  "&sqsube;": "\u2291",
  "&sqsubset;": "\u228F",
  "&sqsubseteq;": "\u2291",
  "&sqsup;": "\u2290",
  "&sqsupe;": "\u2292",
  "&sqsupset;": "\u2290",
  "&sqsupseteq;": "\u2292",
  "&squ;": "\u25A1",
  "&square;": "\u25A1",
  "&squarf;": "\u25AA",
  "&squf;": "\u25AA",
  "&srarr;": "\u2192",
  "&sscr;": "\u{1D4C8}",
  "&ssetmn;": "\u2216",
  "&ssmile;": "\u2323",
  "&sstarf;": "\u22C6",
  "&star;": "\u2606",
  "&starf;": "\u2605",
  "&straightepsilon;": "\u03F5",
  "&straightphi;": "\u03D5",
  "&strns;": "\xAF",
  "&sub;": "\u2282",
  "&subE;": "\u2AC5",
  "&subdot;": "\u2ABD",
  "&sube;": "\u2286",
  "&subedot;": "\u2AC3",
  "&submult;": "\u2AC1",
  "&subnE;": "\u2ACB",
  "&subne;": "\u228A",
  "&subplus;": "\u2ABF",
  "&subrarr;": "\u2979",
  "&subset;": "\u2282",
  "&subseteq;": "\u2286",
  "&subseteqq;": "\u2AC5",
  "&subsetneq;": "\u228A",
  "&subsetneqq;": "\u2ACB",
  "&subsim;": "\u2AC7",
  "&subsub;": "\u2AD5",
  "&subsup;": "\u2AD3",
  "&succ;": "\u227B",
  "&succapprox;": "\u2AB8",
  "&succcurlyeq;": "\u227D",
  "&succeq;": "\u2AB0",
  "&succnapprox;": "\u2ABA",
  "&succneqq;": "\u2AB6",
  "&succnsim;": "\u22E9",
  "&succsim;": "\u227F",
  "&sum;": "\u2211",
  "&sung;": "\u266A",
  "&sup1": "\xB9",
  "&sup1;": "\xB9",
  "&sup2": "\xB2",
  "&sup2;": "\xB2",
  "&sup3": "\xB3",
  "&sup3;": "\xB3",
  "&sup;": "\u2283",
  "&supE;": "\u2AC6",
  "&supdot;": "\u2ABE",
  "&supdsub;": "\u2AD8",
  "&supe;": "\u2287",
  "&supedot;": "\u2AC4",
  "&suphsol;": "\u27C9",
  "&suphsub;": "\u2AD7",
  "&suplarr;": "\u297B",
  "&supmult;": "\u2AC2",
  "&supnE;": "\u2ACC",
  "&supne;": "\u228B",
  "&supplus;": "\u2AC0",
  "&supset;": "\u2283",
  "&supseteq;": "\u2287",
  "&supseteqq;": "\u2AC6",
  "&supsetneq;": "\u228B",
  "&supsetneqq;": "\u2ACC",
  "&supsim;": "\u2AC8",
  "&supsub;": "\u2AD4",
  "&supsup;": "\u2AD6",
  "&swArr;": "\u21D9",
  "&swarhk;": "\u2926",
  "&swarr;": "\u2199",
  "&swarrow;": "\u2199",
  "&swnwar;": "\u292A",
  "&szlig": "\xDF",
  "&szlig;": "\xDF",
  "&target;": "\u2316",
  "&tau;": "\u03C4",
  "&tbrk;": "\u23B4",
  "&tcaron;": "\u0165",
  "&tcedil;": "\u0163",
  "&tcy;": "\u0442",
  "&tdot;": "\u20DB",
  "&telrec;": "\u2315",
  "&tfr;": "\u{1D531}",
  "&there4;": "\u2234",
  "&therefore;": "\u2234",
  "&theta;": "\u03B8",
  "&thetasym;": "\u03D1",
  "&thetav;": "\u03D1",
  "&thickapprox;": "\u2248",
  "&thicksim;": "\u223C",
  "&thinsp;": "\u2009",
  "&thkap;": "\u2248",
  "&thksim;": "\u223C",
  "&thorn": "\xFE",
  "&thorn;": "\xFE",
  "&tilde;": "\u02DC",
  "&times": "\xD7",
  "&times;": "\xD7",
  "&timesb;": "\u22A0",
  "&timesbar;": "\u2A31",
  "&timesd;": "\u2A30",
  "&tint;": "\u222D",
  "&toea;": "\u2928",
  "&top;": "\u22A4",
  "&topbot;": "\u2336",
  "&topcir;": "\u2AF1",
  "&topf;": "\u{1D565}",
  "&topfork;": "\u2ADA",
  "&tosa;": "\u2929",
  "&tprime;": "\u2034",
  "&trade;": "\u2122",
  "&triangle;": "\u25B5",
  "&triangledown;": "\u25BF",
  "&triangleleft;": "\u25C3",
  "&trianglelefteq;": "\u22B4",
  "&triangleq;": "\u225C",
  "&triangleright;": "\u25B9",
  "&trianglerighteq;": "\u22B5",
  "&tridot;": "\u25EC",
  "&trie;": "\u225C",
  "&triminus;": "\u2A3A",
  "&triplus;": "\u2A39",
  "&trisb;": "\u29CD",
  "&tritime;": "\u2A3B",
  "&trpezium;": "\u23E2",
  "&tscr;": "\u{1D4C9}",
  "&tscy;": "\u0446",
  "&tshcy;": "\u045B",
  "&tstrok;": "\u0167",
  "&twixt;": "\u226C",
  "&twoheadleftarrow;": "\u219E",
  "&twoheadrightarrow;": "\u21A0",
  "&uArr;": "\u21D1",
  "&uHar;": "\u2963",
  "&uacute": "\xFA",
  "&uacute;": "\xFA",
  "&uarr;": "\u2191",
  "&ubrcy;": "\u045E",
  "&ubreve;": "\u016D",
  "&ucirc": "\xFB",
  "&ucirc;": "\xFB",
  "&ucy;": "\u0443",
  "&udarr;": "\u21C5",
  "&udblac;": "\u0171",
  "&udhar;": "\u296E",
  "&ufisht;": "\u297E",
  "&ufr;": "\u{1D532}",
  "&ugrave": "\xF9",
  "&ugrave;": "\xF9",
  "&uharl;": "\u21BF",
  "&uharr;": "\u21BE",
  "&uhblk;": "\u2580",
  "&ulcorn;": "\u231C",
  "&ulcorner;": "\u231C",
  "&ulcrop;": "\u230F",
  "&ultri;": "\u25F8",
  "&umacr;": "\u016B",
  "&uml": "\xA8",
  "&uml;": "\xA8",
  "&uogon;": "\u0173",
  "&uopf;": "\u{1D566}",
  "&uparrow;": "\u2191",
  "&updownarrow;": "\u2195",
  "&upharpoonleft;": "\u21BF",
  "&upharpoonright;": "\u21BE",
  "&uplus;": "\u228E",
  "&upsi;": "\u03C5",
  "&upsih;": "\u03D2",
  "&upsilon;": "\u03C5",
  "&upuparrows;": "\u21C8",
  "&urcorn;": "\u231D",
  "&urcorner;": "\u231D",
  "&urcrop;": "\u230E",
  "&uring;": "\u016F",
  "&urtri;": "\u25F9",
  "&uscr;": "\u{1D4CA}",
  "&utdot;": "\u22F0",
  "&utilde;": "\u0169",
  "&utri;": "\u25B5",
  "&utrif;": "\u25B4",
  "&uuarr;": "\u21C8",
  "&uuml": "\xFC",
  "&uuml;": "\xFC",
  "&uwangle;": "\u29A7",
  "&vArr;": "\u21D5",
  "&vBar;": "\u2AE8",
  "&vBarv;": "\u2AE9",
  "&vDash;": "\u22A8",
  "&vangrt;": "\u299C",
  "&varepsilon;": "\u03F5",
  "&varkappa;": "\u03F0",
  "&varnothing;": "\u2205",
  "&varphi;": "\u03D5",
  "&varpi;": "\u03D6",
  "&varpropto;": "\u221D",
  "&varr;": "\u2195",
  "&varrho;": "\u03F1",
  "&varsigma;": "\u03C2",
  "&varsubsetneq;": "\u228A\uFE00",
  "&varsubsetneqq;": "\u2ACB\uFE00",
  "&varsupsetneq;": "\u228B\uFE00",
  "&varsupsetneqq;": "\u2ACC\uFE00",
  "&vartheta;": "\u03D1",
  "&vartriangleleft;": "\u22B2",
  "&vartriangleright;": "\u22B3",
  "&vcy;": "\u0432",
  "&vdash;": "\u22A2",
  "&vee;": "\u2228",
  "&veebar;": "\u22BB",
  "&veeeq;": "\u225A",
  "&vellip;": "\u22EE",
  "&verbar;": "|",
  "&vert;": "|",
  "&vfr;": "\u{1D533}",
  "&vltri;": "\u22B2",
  "&vnsub;": "\u2282\u20D2",
  "&vnsup;": "\u2283\u20D2",
  "&vopf;": "\u{1D567}",
  "&vprop;": "\u221D",
  "&vrtri;": "\u22B3",
  "&vscr;": "\u{1D4CB}",
  "&vsubnE;": "\u2ACB\uFE00",
  "&vsubne;": "\u228A\uFE00",
  "&vsupnE;": "\u2ACC\uFE00",
  "&vsupne;": "\u228B\uFE00",
  "&vzigzag;": "\u299A",
  "&wcirc;": "\u0175",
  "&wedbar;": "\u2A5F",
  "&wedge;": "\u2227",
  "&wedgeq;": "\u2259",
  "&weierp;": "\u2118",
  "&wfr;": "\u{1D534}",
  "&wopf;": "\u{1D568}",
  "&wp;": "\u2118",
  "&wr;": "\u2240",
  "&wreath;": "\u2240",
  "&wscr;": "\u{1D4CC}",
  "&xcap;": "\u22C2",
  "&xcirc;": "\u25EF",
  "&xcup;": "\u22C3",
  "&xdtri;": "\u25BD",
  "&xfr;": "\u{1D535}",
  "&xhArr;": "\u27FA",
  "&xharr;": "\u27F7",
  "&xi;": "\u03BE",
  "&xlArr;": "\u27F8",
  "&xlarr;": "\u27F5",
  "&xmap;": "\u27FC",
  "&xnis;": "\u22FB",
  "&xodot;": "\u2A00",
  "&xopf;": "\u{1D569}",
  "&xoplus;": "\u2A01",
  "&xotime;": "\u2A02",
  "&xrArr;": "\u27F9",
  "&xrarr;": "\u27F6",
  "&xscr;": "\u{1D4CD}",
  "&xsqcup;": "\u2A06",
  "&xuplus;": "\u2A04",
  "&xutri;": "\u25B3",
  "&xvee;": "\u22C1",
  "&xwedge;": "\u22C0",
  "&yacute": "\xFD",
  "&yacute;": "\xFD",
  "&yacy;": "\u044F",
  "&ycirc;": "\u0177",
  "&ycy;": "\u044B",
  "&yen": "\xA5",
  "&yen;": "\xA5",
  "&yfr;": "\u{1D536}",
  "&yicy;": "\u0457",
  "&yopf;": "\u{1D56A}",
  "&yscr;": "\u{1D4CE}",
  "&yucy;": "\u044E",
  "&yuml": "\xFF",
  "&yuml;": "\xFF",
  "&zacute;": "\u017A",
  "&zcaron;": "\u017E",
  "&zcy;": "\u0437",
  "&zdot;": "\u017C",
  "&zeetrf;": "\u2128",
  "&zeta;": "\u03B6",
  "&zfr;": "\u{1D537}",
  "&zhcy;": "\u0436",
  "&zigrarr;": "\u21DD",
  "&zopf;": "\u{1D56B}",
  "&zscr;": "\u{1D4CF}",
  "&zwj;": "\u200D",
  "&zwnj;": "\u200C"
};

// node_modules/postal-mime/dist/esm/text-format.js
function decodeHTMLEntities(str) {
  return str.replace(/&(#\d+|#x[a-f0-9]+|[a-z]+\d*);?/gi, (match, entity) => {
    if (typeof htmlEntities[match] === "string") {
      return htmlEntities[match];
    }
    if (entity.charAt(0) !== "#" || match.charAt(match.length - 1) !== ";") {
      return match;
    }
    let codePoint;
    if (entity.charAt(1) === "x") {
      codePoint = parseInt(entity.slice(2), 16);
    } else {
      codePoint = parseInt(entity.slice(1), 10);
    }
    let output = "";
    if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
      return "\uFFFD";
    }
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  });
}
function escapeHtml(str) {
  return str.trim().replace(/[<>"'?&]/g, (c) => {
    let hex = c.charCodeAt(0).toString(16);
    if (hex.length < 2) {
      hex = "0" + hex;
    }
    return "&#x" + hex.toUpperCase() + ";";
  });
}
function textToHtml(str) {
  let html = escapeHtml(str).replace(/\n/g, "<br />");
  return "<div>" + html + "</div>";
}
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;
function lastLineTerminator(str) {
  return Math.max(str.lastIndexOf("\n"), str.lastIndexOf("\r"), str.lastIndexOf("\u2028"), str.lastIndexOf("\u2029"));
}
function createFinder(str, regex) {
  let searchedFrom = Infinity;
  let found = null;
  return (pos) => {
    if (pos < searchedFrom || found && pos > found.index) {
      regex.lastIndex = pos;
      found = regex.exec(str);
      searchedFrom = pos;
    }
    return found;
  };
}
function replaceClosedTags(str, pattern, replacement) {
  const end = str.lastIndexOf(">") + 1;
  return str.slice(0, end).replace(pattern, replacement) + str.slice(end);
}
function replaceTags(str, prefix, pattern, replacement) {
  const parts = [];
  let copied = 0;
  let searchFrom = 0;
  while (true) {
    prefix.lastIndex = searchFrom;
    const candidate = prefix.exec(str);
    if (!candidate) {
      break;
    }
    const start = candidate.index;
    pattern.lastIndex = start;
    const match = pattern.exec(str);
    if (!match) {
      const gt = str.indexOf(">", start);
      if (gt < 0) {
        break;
      }
      searchFrom = gt + 1;
      continue;
    }
    parts.push(str.slice(copied, start), replacement(...match));
    copied = searchFrom = start + match[0].length;
  }
  parts.push(str.slice(copied));
  return parts.join("");
}
function replaceBlocks(str, open, openToGt, close, closeToGt, replacement) {
  const nextGt = createFinder(str, />/g);
  const nextClose = createFinder(str, close);
  const nextLineEnd = createFinder(str, LINE_TERMINATOR);
  const parts = [];
  let copied = 0;
  let searchFrom = 0;
  while (true) {
    open.lastIndex = searchFrom;
    const opener = open.exec(str);
    if (!opener) {
      break;
    }
    const start = opener.index;
    searchFrom = start + 1;
    let from = start + opener[0].length;
    if (openToGt) {
      const gt = nextGt(from);
      if (!gt) {
        break;
      }
      from = gt.index + 1;
    }
    const closer = nextClose(from);
    if (!closer) {
      break;
    }
    const lineEnd = nextLineEnd(from);
    if (lineEnd && lineEnd.index < closer.index) {
      continue;
    }
    let end = closer.index + closer[0].length;
    if (closeToGt) {
      const gt = nextGt(end);
      if (!gt) {
        break;
      }
      end = gt.index + 1;
    }
    parts.push(str.slice(copied, start), replacement);
    copied = searchFrom = end;
  }
  parts.push(str.slice(copied));
  return parts.join("");
}
function stripThroughLastTag(str, prefix) {
  const lineEnd = str.search(LINE_TERMINATOR);
  const limit = Math.min(lineEnd < 0 ? str.length : lineEnd, str.lastIndexOf(">"));
  let last = -1;
  prefix.lastIndex = 0;
  let match;
  while ((match = prefix.exec(str)) && match.index < limit) {
    last = match.index;
  }
  return last < 0 ? str : str.slice(str.indexOf(">", last) + 1);
}
function stripFromFirstTag(str, prefix) {
  const lineEnd = lastLineTerminator(str);
  prefix.lastIndex = lineEnd < 0 ? 0 : str.lastIndexOf(">", lineEnd) + 1;
  const match = prefix.exec(str);
  return match && match.index < str.lastIndexOf(">") ? str.slice(0, match.index) : str;
}
function htmlToText(str) {
  str = str.replace(/\r?\n/g, "");
  str = replaceBlocks(str, /<!--/g, false, /-->/g, false, " ");
  str = replaceClosedTags(str, /<br\b[^>]*>/gi, "\n");
  str = replaceClosedTags(str, /<\/?(p|div|table|tr|td|th)\b[^>]*>/gi, "\n\n");
  str = replaceBlocks(str, /<script\b/gi, true, /<\/script\b/gi, true, " ");
  str = stripThroughLastTag(str, /<body\b/gi);
  str = stripThroughLastTag(str, /<\/head\b/gi);
  str = stripThroughLastTag(str, /<!doctype\b/gi);
  str = stripFromFirstTag(str, /<\/body\b/gi);
  str = stripFromFirstTag(str, /<\/html\b/gi);
  str = replaceTags(str, /<a\b/gi, /<a\b[^>]*href\s*=\s*["']?([^\s"']+)[^>]*>/iy, (match, href) => ` (${href}) `);
  str = replaceClosedTags(str, /<\/?(span|em|i|strong|b|u|a)\b[^>]*>/gi, "");
  str = replaceTags(str, /<li\b/gi, /<li\b[^>]*>[\n\u0001\s]*/iy, () => "* ");
  str = replaceClosedTags(str, /<hr\b[^>]*>/g, "\n-------------\n");
  str = replaceClosedTags(str, /<[^>]*>/g, " ");
  str = str.replace(/\u0001/g, "\n").replace(/[ \t]+/g, " ").replace(/^\s+$/gm, "").replace(/\n\n+/g, "\n\n").replace(/^\n+/, "\n").replace(/\n+$/, "\n");
  str = decodeHTMLEntities(str);
  return str;
}
function formatDate(date) {
  if (typeof Intl === "undefined") {
    return date;
  }
  const parsed = new Date(date);
  if (isNaN(parsed.getTime())) {
    return date;
  }
  return new Intl.DateTimeFormat("default", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hour12: false
  }).format(parsed);
}
function formatTextAddress(address) {
  return (address.name ? [address.name, `<${address.address}>`] : [address.address]).join(" ");
}
function formatTextAddresses(addresses) {
  let parts = [];
  let processAddress = (address, partCounter) => {
    if (partCounter) {
      parts.push(", ");
    }
    if (address.group) {
      let groupStart = `${address.name}:`;
      let groupEnd = `;`;
      parts.push(groupStart);
      address.group.forEach(processAddress);
      parts.push(groupEnd);
    } else {
      parts.push(formatTextAddress(address));
    }
  };
  addresses.forEach(processAddress);
  return parts.join("");
}
function formatHtmlAddress(address) {
  return `<a href="mailto:${escapeHtml(address.address)}" class="postal-email-address">${escapeHtml(address.name || `<${address.address}>`)}</a>`;
}
function formatHtmlAddresses(addresses) {
  let parts = [];
  let processAddress = (address, partCounter) => {
    if (partCounter) {
      parts.push('<span class="postal-email-address-separator">, </span>');
    }
    if (address.group) {
      let groupStart = `<span class="postal-email-address-group">${escapeHtml(address.name)}:</span>`;
      let groupEnd = `<span class="postal-email-address-group">;</span>`;
      parts.push(groupStart);
      address.group.forEach(processAddress);
      parts.push(groupEnd);
    } else {
      parts.push(formatHtmlAddress(address));
    }
  };
  addresses.forEach(processAddress);
  return parts.join(" ");
}
function foldLines(str, lineLength, afterSpace2) {
  str = (str || "").toString();
  lineLength = lineLength || 76;
  let pos = 0, len = str.length, result = "", line, match;
  while (pos < len) {
    line = str.slice(pos, pos + lineLength);
    if (line.length < lineLength) {
      result += line;
      break;
    }
    if (match = line.match(/^[^\n\r]*(\r?\n|\r)/)) {
      line = match[0];
      result += line;
      pos += line.length;
      continue;
    } else if ((match = line.match(/(\s+)[^\s]*$/)) && match[0].length - (afterSpace2 ? (match[1] || "").length : 0) < line.length) {
      line = line.slice(0, line.length - (match[0].length - (afterSpace2 ? (match[1] || "").length : 0)));
    } else if (match = str.slice(pos + line.length).match(/^[^\s]+(\s*)/)) {
      line = line + match[0].slice(0, match[0].length - (!afterSpace2 ? (match[1] || "").length : 0));
    }
    result += line;
    pos += line.length;
    if (pos < len) {
      result += "\r\n";
    }
  }
  return result;
}
function formatTextHeader(message) {
  let rows = [];
  if (message.from) {
    rows.push({ key: "From", val: formatTextAddresses([message.from]) });
  }
  if (message.subject) {
    rows.push({ key: "Subject", val: message.subject });
  }
  if (message.date) {
    rows.push({ key: "Date", val: formatDate(message.date) });
  }
  if (message.to && message.to.length) {
    rows.push({ key: "To", val: formatTextAddresses(message.to) });
  }
  if (message.cc && message.cc.length) {
    rows.push({ key: "Cc", val: formatTextAddresses(message.cc) });
  }
  if (message.bcc && message.bcc.length) {
    rows.push({ key: "Bcc", val: formatTextAddresses(message.bcc) });
  }
  let maxKeyLength = rows.map((r) => r.key.length).reduce((acc, cur) => {
    return cur > acc ? cur : acc;
  }, 0);
  const lines = rows.flatMap((row) => {
    let sepLen = maxKeyLength - row.key.length;
    let prefix = `${row.key}: ${" ".repeat(sepLen)}`;
    let emptyPrefix = `${" ".repeat(row.key.length + 1)} ${" ".repeat(sepLen)}`;
    let foldedLines = foldLines(row.val, 80, true).split(/\r?\n/).map((line) => line.trim());
    return foldedLines.map((line, i) => `${i ? emptyPrefix : prefix}${line}`);
  });
  let maxLineLength = lines.map((r) => r.length).reduce((acc, cur) => {
    return cur > acc ? cur : acc;
  }, 0);
  let lineMarker = "-".repeat(maxLineLength);
  let template = `
${lineMarker}
${lines.join("\n")}
${lineMarker}
`;
  return template;
}
function formatHtmlHeader(message) {
  let rows = [];
  if (message.from) {
    rows.push(
      // through the plural formatter, because `From:` may hold RFC 5322 group syntax
      // and a group has no address of its own
      `<div class="postal-email-header-key">From</div><div class="postal-email-header-value">${formatHtmlAddresses([message.from])}</div>`
    );
  }
  if (message.subject) {
    rows.push(`<div class="postal-email-header-key">Subject</div><div class="postal-email-header-value postal-email-header-subject">${escapeHtml(message.subject)}</div>`);
  }
  if (message.date) {
    rows.push(`<div class="postal-email-header-key">Date</div><div class="postal-email-header-value postal-email-header-date" data-date="${escapeHtml(message.date)}">${escapeHtml(formatDate(message.date))}</div>`);
  }
  if (message.to && message.to.length) {
    rows.push(`<div class="postal-email-header-key">To</div><div class="postal-email-header-value">${formatHtmlAddresses(message.to)}</div>`);
  }
  if (message.cc && message.cc.length) {
    rows.push(`<div class="postal-email-header-key">Cc</div><div class="postal-email-header-value">${formatHtmlAddresses(message.cc)}</div>`);
  }
  if (message.bcc && message.bcc.length) {
    rows.push(`<div class="postal-email-header-key">Bcc</div><div class="postal-email-header-value">${formatHtmlAddresses(message.bcc)}</div>`);
  }
  let template = `<div class="postal-email-header">${rows.length ? '<div class="postal-email-header-row">' : ""}${rows.join('</div>\n<div class="postal-email-header-row">')}${rows.length ? "</div>" : ""}</div>`;
  return template;
}

// node_modules/postal-mime/dist/esm/address-parser.js
var WORD_CHAR_REGEX = /\w/;
var NON_SPACE_TOKEN_REGEX = /[^\s]+/g;
function findAddressInText(text) {
  NON_SPACE_TOKEN_REGEX.lastIndex = 0;
  let match;
  while (match = NON_SPACE_TOKEN_REGEX.exec(text)) {
    const token = match[0];
    const at = token.indexOf("@");
    let start = 0;
    while (start < at && !WORD_CHAR_REGEX.test(token.charAt(start))) {
      start++;
    }
    if (start >= at) {
      continue;
    }
    let end = token.length;
    while (end > at + 1 && !WORD_CHAR_REGEX.test(token.charAt(end - 1))) {
      end--;
    }
    if (end <= at + 1) {
      continue;
    }
    return { index: match.index + start, length: end - start, value: token.substring(start, end) };
  }
  return null;
}
function hasAngleAddress(text) {
  let start = -1;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const chr = text.charAt(i);
    if (chr === "<") {
      start = i + 1;
      at = -1;
    } else if (chr === ">") {
      if (at >= 0 && at < i - 1) {
        return true;
      }
      start = -1;
      at = -1;
    } else if (chr === "@" && start >= 0 && at < 0 && i > start) {
      at = i;
    }
  }
  return false;
}
function _handleAddress(tokens, depth) {
  let isGroup = false;
  let state = "text";
  let addresses = [];
  let data = {
    address: [],
    comment: [],
    group: [],
    text: [],
    textWasQuoted: []
    // Track which text tokens came from inside quotes
  };
  let i;
  let len;
  let insideQuotes = false;
  for (i = 0, len = tokens.length; i < len; i++) {
    let token = tokens[i];
    let prevToken = i ? tokens[i - 1] : null;
    if (token.type === "operator") {
      switch (token.value) {
        case "<":
          state = "address";
          insideQuotes = false;
          break;
        case "(":
          state = "comment";
          insideQuotes = false;
          break;
        case ":":
          state = "group";
          isGroup = true;
          insideQuotes = false;
          break;
        case '"':
          insideQuotes = !insideQuotes;
          state = "text";
          break;
        default:
          state = "text";
          insideQuotes = false;
          break;
      }
    } else if (token.value) {
      if (state === "address") {
        token.value = token.value.replace(/^[^<]*<\s*/, "");
      }
      if (prevToken && prevToken.noBreak && data[state].length) {
        data[state][data[state].length - 1] += token.value;
        if (state === "text" && insideQuotes) {
          data.textWasQuoted[data.textWasQuoted.length - 1] = true;
        }
      } else {
        data[state].push(token.value);
        if (state === "text") {
          data.textWasQuoted.push(insideQuotes);
        }
      }
    }
  }
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
  }
  if (isGroup) {
    const text = data.text.join(" ");
    let groupMembers = [];
    if (data.group.length) {
      let parsedGroup = parseAddressList(data.group.join(","), depth + 1);
      parsedGroup.forEach((member) => {
        if (member.group) {
          for (const nestedMember of member.group) {
            groupMembers.push(nestedMember);
          }
        } else {
          groupMembers.push(member);
        }
      });
    }
    addresses.push({
      name: decodeWords(text),
      group: groupMembers
    });
  } else {
    if (!data.address.length && data.text.length) {
      for (i = data.text.length - 1; i >= 0; i--) {
        if (!data.textWasQuoted[i] && data.text[i].match(/^[^@\s]+@[^@\s]+$/)) {
          data.address = data.text.splice(i, 1);
          data.textWasQuoted.splice(i, 1);
          break;
        }
      }
      if (!data.address.length) {
        for (i = data.text.length - 1; i >= 0; i--) {
          if (!data.textWasQuoted[i]) {
            const found = findAddressInText(data.text[i]);
            if (found) {
              data.address = [found.value];
              data.text[i] = (data.text[i].substring(0, found.index).trimEnd() + " " + data.text[i].substring(found.index + found.length).trimStart()).trim();
              break;
            }
            data.text[i] = data.text[i].trim();
          }
        }
      }
    }
    if (!data.text.length && data.comment.length) {
      data.text = data.comment;
      data.comment = [];
    }
    if (data.address.length > 1) {
      data.text = data.text.concat(data.address.splice(1));
    }
    const text = data.text.join(" ");
    const addressValue = data.address.join(" ");
    if (!addressValue && isEncodedWordsOnly(text.trim())) {
      const decodedText = decodeWords(text);
      if (hasAngleAddress(decodedText)) {
        const parsedSubAddresses = addressParser(decodedText);
        if (parsedSubAddresses && parsedSubAddresses.length) {
          return parsedSubAddresses;
        }
      }
      return [{ address: "", name: decodedText }];
    }
    const address = {
      address: addressValue || text || "",
      name: decodeWords(text || addressValue || "")
    };
    if (address.address === address.name) {
      if (address.address.match(/@/)) {
        address.name = "";
      } else {
        address.address = "";
      }
    }
    addresses.push(address);
  }
  return addresses;
}
var Tokenizer = class {
  /**
   * @param str Address field string
   */
  constructor(str) {
    this.str = (str || "").toString();
    this.operatorCurrent = "";
    this.operatorExpecting = "";
    this.node = null;
    this.escaped = false;
    this.list = [];
    this.operators = {
      '"': '"',
      "(": ")",
      "<": ">",
      ",": "",
      ":": ";",
      // Semicolons are not a legal delimiter per the RFC2822 grammar other
      // than for terminating a group, but they are also not valid for any
      // other use in this context.  Given that some mail clients have
      // historically allowed the semicolon as a delimiter equivalent to the
      // comma in their UI, it makes sense to treat them the same as a comma
      // when used outside of a group.
      ";": ""
    };
  }
  /**
   * Tokenizes the original input string
   *
   * @return An array of operator|text tokens
   */
  tokenize() {
    let list = [];
    for (let i = 0, len = this.str.length; i < len; i++) {
      let chr = this.str.charAt(i);
      let nextChr = i < len - 1 ? this.str.charAt(i + 1) : null;
      this.checkChar(chr, nextChr);
    }
    this.list.forEach((node) => {
      node.value = (node.value || "").toString().trim();
      if (node.value) {
        list.push(node);
      }
    });
    return list;
  }
  /**
   * Checks if a character is an operator or text and acts accordingly
   *
   * @param chr Character from the address field
   * @param nextChr The character that follows, or null at the end of the field
   */
  checkChar(chr, nextChr) {
    if (this.escaped) {
    } else if (chr === this.operatorExpecting) {
      this.node = {
        type: "operator",
        value: chr
      };
      if (nextChr && ![" ", "	", "\r", "\n", ",", ";"].includes(nextChr)) {
        this.node.noBreak = true;
      }
      this.list.push(this.node);
      this.node = null;
      this.operatorExpecting = "";
      this.escaped = false;
      return;
    } else if (!this.operatorExpecting && chr in this.operators) {
      this.node = {
        type: "operator",
        value: chr
      };
      this.list.push(this.node);
      this.node = null;
      this.operatorExpecting = this.operators[chr];
      this.escaped = false;
      return;
    } else if (this.operatorExpecting === '"' && chr === "\\") {
      this.escaped = true;
      return;
    }
    if (!this.node) {
      this.node = {
        type: "text",
        value: ""
      };
      this.list.push(this.node);
    }
    if (chr === "\n") {
      chr = " ";
    }
    if (chr.charCodeAt(0) >= 33 || [" ", "	"].includes(chr)) {
      this.node.value += chr;
    }
    this.escaped = false;
  }
};
var MAX_NESTED_GROUP_DEPTH = 50;
function parseAddressList(str, depth) {
  if (depth > MAX_NESTED_GROUP_DEPTH) {
    return [];
  }
  let tokenizer = new Tokenizer(str);
  let tokens = tokenizer.tokenize();
  let addresses = [];
  let address = [];
  const parsedAddresses = [];
  tokens.forEach((token) => {
    if (token.type === "operator" && (token.value === "," || token.value === ";")) {
      if (address.length) {
        addresses.push(address);
      }
      address = [];
    } else {
      address.push(token);
    }
  });
  if (address.length) {
    addresses.push(address);
  }
  for (const tokens2 of addresses) {
    for (const address2 of _handleAddress(tokens2, depth)) {
      parsedAddresses.push(address2);
    }
  }
  return parsedAddresses;
}
function addressParser(str, options) {
  const parsedAddresses = parseAddressList(str, 0);
  if (options && options.flatten) {
    let addresses = [];
    let walkAddressList = (list) => {
      list.forEach((address) => {
        if (address.group) {
          return walkAddressList(address.group);
        } else {
          addresses.push(address);
        }
      });
    };
    walkAddressList(parsedAddresses);
    return addresses;
  }
  return parsedAddresses;
}
var address_parser_default = addressParser;

// node_modules/postal-mime/dist/esm/base64-encoder.js
function base64ArrayBuffer(arrayBuffer) {
  let base64 = "";
  const encodings = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const bytes = new Uint8Array(arrayBuffer);
  const byteLength = bytes.byteLength;
  const byteRemainder = byteLength % 3;
  const mainLength = byteLength - byteRemainder;
  let a, b, c, d;
  let chunk;
  for (let i = 0; i < mainLength; i = i + 3) {
    chunk = bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
    a = (chunk & 16515072) >> 18;
    b = (chunk & 258048) >> 12;
    c = (chunk & 4032) >> 6;
    d = chunk & 63;
    base64 += encodings[a] + encodings[b] + encodings[c] + encodings[d];
  }
  if (byteRemainder === 1) {
    chunk = bytes[mainLength];
    a = (chunk & 252) >> 2;
    b = (chunk & 3) << 4;
    base64 += encodings[a] + encodings[b] + "==";
  } else if (byteRemainder === 2) {
    chunk = bytes[mainLength] << 8 | bytes[mainLength + 1];
    a = (chunk & 64512) >> 10;
    b = (chunk & 1008) >> 4;
    c = (chunk & 15) << 2;
    base64 += encodings[a] + encodings[b] + encodings[c] + "=";
  }
  return base64;
}

// node_modules/postal-mime/dist/esm/postal-mime.js
function isReadableStream(value) {
  return !!value && typeof value.getReader === "function";
}
function isBlob(value) {
  return value instanceof Blob || Object.prototype.toString.call(value) === "[object Blob]";
}
function renderEntry(textEntry, textType, convert) {
  if (textEntry.type === "subMessage") {
    return textType === "html" ? formatHtmlHeader(textEntry.value) : formatTextHeader(textEntry.value);
  }
  if (!convert) {
    return textEntry.value;
  }
  return textType === "html" ? textToHtml(textEntry.value) : htmlToText(textEntry.value);
}
var MAX_NESTING_DEPTH = 256;
var MAX_HEADERS_SIZE = 2 * 1024 * 1024;
var MAX_RFC822_NESTING_DEPTH = 10;
function parseLimitOption(value, defaultValue, name) {
  if (value === void 0 || value === null) {
    return defaultValue;
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative integer`);
  }
  return value;
}
var PostalMime = class _PostalMime {
  /**
   * Parses a raw email message
   *
   * @param buf Raw email message
   * @param options Parser options
   * @returns The parsed email
   */
  // async so that an invalid option rejects the returned promise instead of throwing
  // synchronously, which would escape a `.catch()` chain
  static async parse(buf, options) {
    const parser = new _PostalMime(options);
    return parser.parse(buf);
  }
  constructor(options) {
    this.options = options || {};
    this.mimeOptions = {
      maxNestingDepth: parseLimitOption(this.options.maxNestingDepth, MAX_NESTING_DEPTH, "maxNestingDepth"),
      maxHeadersSize: parseLimitOption(this.options.maxHeadersSize, MAX_HEADERS_SIZE, "maxHeadersSize")
    };
    this.maxRfc822NestingDepth = parseLimitOption(this.options.maxRfc822NestingDepth, MAX_RFC822_NESTING_DEPTH, "maxRfc822NestingDepth");
    this.rfc822NestingDepth = 0;
    this.root = this.currentNode = new MimeNode({
      postalMime: this,
      ...this.mimeOptions
    });
    this.boundaries = [];
    this.headerSize = 0;
    this.textContent = {};
    this.textMap = /* @__PURE__ */ new Map();
    this.textTypes = /* @__PURE__ */ new Set();
    this.attachments = [];
    this.forceRfc822Attachments = false;
    this.attachmentEncoding = (this.options.attachmentEncoding || "").toString().replace(/[-_\s]/g, "").trim().toLowerCase() || "arraybuffer";
    this.started = false;
  }
  /** @internal */
  async finalize() {
    await this.root.finalize();
  }
  /** @internal */
  async processLine(line, isFinal) {
    let boundaries = this.boundaries;
    if (boundaries.length && line.length > 2 && line[0] === 45 && line[1] === 45) {
      for (let i = boundaries.length - 1; i >= 0; i--) {
        let boundary = boundaries[i];
        if (line.length < boundary.value.length + 2) {
          continue;
        }
        let boundaryMatches = true;
        for (let j = 0; j < boundary.value.length; j++) {
          if (line[j + 2] !== boundary.value[j]) {
            boundaryMatches = false;
            break;
          }
        }
        if (!boundaryMatches) {
          continue;
        }
        let boundaryEnd = boundary.value.length + 2;
        let isTerminator = false;
        if (line.length >= boundary.value.length + 4 && line[boundary.value.length + 2] === 45 && line[boundary.value.length + 3] === 45) {
          isTerminator = true;
          boundaryEnd = boundary.value.length + 4;
        }
        let hasValidTrailing = true;
        for (let j = boundaryEnd; j < line.length; j++) {
          if (line[j] !== 32 && line[j] !== 9) {
            hasValidTrailing = false;
            break;
          }
        }
        if (!hasValidTrailing) {
          continue;
        }
        if (isTerminator) {
          await boundary.node.finalize();
          this.currentNode = boundary.node.parentNode || this.root;
        } else {
          await boundary.node.finalizeChildNodes();
          this.currentNode = new MimeNode({
            postalMime: this,
            parentNode: boundary.node,
            parentMultipartType: boundary.node.contentType.multipart,
            ...this.mimeOptions
          });
        }
        if (isFinal) {
          return this.finalize();
        }
        return;
      }
    }
    this.currentNode.feed(line);
    if (isFinal) {
      return this.finalize();
    }
  }
  /** @internal */
  readLine() {
    let startPos = this.readPos;
    let endPos = this.readPos;
    while (this.readPos < this.av.length) {
      const c = this.av[this.readPos++];
      if (c !== 13 && c !== 10) {
        endPos = this.readPos;
      }
      if (c === 10) {
        return {
          bytes: new Uint8Array(this.buf, startPos, endPos - startPos),
          done: this.readPos >= this.av.length
        };
      }
    }
    return {
      bytes: new Uint8Array(this.buf, startPos, endPos - startPos),
      done: this.readPos >= this.av.length
    };
  }
  // Records a text part or a nested message under the node that selects it
  /** @internal */
  addTextEntry(selector, textType, item) {
    let textEntry = this.textMap.get(selector);
    if (!textEntry) {
      textEntry = {};
      this.textMap.set(selector, textEntry);
    }
    const entries = textEntry[textType] || [];
    textEntry[textType] = entries;
    entries.push(item);
    this.textTypes.add(textType);
  }
  // Sorts every leaf of the tree into text content, nested messages and attachments.
  // `alternative` is the closest enclosing multipart/alternative, if any: its text parts
  // are collected under the alternative itself, so that the body is assembled from one
  // representation of it rather than from every one. `related` tells whether the part
  // sits inside a multipart/related, where a Content-ID makes it an inline resource
  /** @internal */
  async collectNode(node, alternative, related) {
    if (!node.contentType.multipart) {
      const inlineRfc822 = this.isInlineMessageRfc822(node);
      const rfc822DepthExceeded = inlineRfc822 && this.rfc822NestingDepth >= this.maxRfc822NestingDepth;
      if (inlineRfc822 && !rfc822DepthExceeded) {
        await this.collectSubMessage(node);
      } else if (this.isInlineTextNode(node)) {
        const textType = node.contentType.parsed.value === "text/html" ? "html" : "plain";
        this.addTextEntry(alternative || node, textType, { type: "text", value: node.getTextContent() });
      } else if (node.content) {
        this.collectAttachment(node, node.content, related, rfc822DepthExceeded);
      }
    } else if (node.contentType.multipart === "alternative") {
      alternative = node;
    } else if (node.contentType.multipart === "related") {
      related = true;
    }
    for (let childNode of node.childNodes) {
      await this.collectNode(childNode, alternative, related);
    }
  }
  // Parses an inline message/rfc822 part with a nested parser and takes over its text
  // parts and attachments
  /** @internal */
  async collectSubMessage(node) {
    const subParser = new _PostalMime({
      // Only the limits are inherited. Options that decide how a part
      // is classified stay with the parser that was configured.
      ...this.mimeOptions,
      maxRfc822NestingDepth: this.maxRfc822NestingDepth,
      // attachments are encoded by the parent parser, keep raw buffers here
      attachmentEncoding: "arraybuffer"
    });
    subParser.rfc822NestingDepth = this.rfc822NestingDepth + 1;
    const subMessage = node.subMessage = await subParser.parse(node.content || new ArrayBuffer(0));
    if (subMessage.text || !subMessage.html) {
      this.addTextEntry(node, "plain", { type: "subMessage", value: subMessage });
    }
    if (subMessage.html) {
      this.addTextEntry(node, "html", { type: "subMessage", value: subMessage });
    }
    subParser.textMap.forEach((subTextEntry, subTextNode) => {
      this.textMap.set(subTextNode, subTextEntry);
    });
    for (let attachment of subMessage.attachments) {
      this.attachments.push(attachment);
    }
  }
  /** @internal */
  collectAttachment(node, content, related, rfc822DepthExceeded) {
    const filename = node.contentDisposition.parsed.params.filename || node.contentType.parsed.params.name || null;
    const attachment = {
      filename: filename ? decodeWords(filename) : null,
      mimeType: node.contentType.parsed.value,
      disposition: node.contentDisposition.parsed.value || null
    };
    if (related && node.contentId && !rfc822DepthExceeded) {
      attachment.related = true;
    }
    if (rfc822DepthExceeded) {
      attachment.rfc822DepthExceeded = true;
    }
    if (node.contentDescription) {
      attachment.description = decodeWords(node.contentDescription);
    }
    if (node.contentId) {
      attachment.contentId = node.contentId;
    }
    switch (node.contentType.parsed.value) {
      // Special handling for calendar events
      case "text/calendar":
      case "application/ics": {
        if (node.contentType.parsed.params.method) {
          attachment.method = node.contentType.parsed.params.method.toString().toUpperCase().trim();
        }
        const decodedText = node.getTextContent().replace(/\r?\n/g, "\n");
        let end = decodedText.length;
        while (end > 0 && decodedText.charCodeAt(end - 1) === 10) {
          end--;
        }
        attachment.content = textEncoder.encode(decodedText.slice(0, end) + "\n");
        break;
      }
      // Regular attachments
      default:
        attachment.content = content;
    }
    this.attachments.push(attachment);
  }
  // Joins the collected text parts into the plain and html bodies
  /** @internal */
  renderTextContent() {
    const textContent = {};
    this.textMap.forEach((mapEntry) => {
      this.textTypes.forEach((textType) => {
        const output = textContent[textType] || [];
        textContent[textType] = output;
        const ownEntries = mapEntry[textType];
        const entries = ownEntries || mapEntry[textType === "html" ? "plain" : "html"] || [];
        for (const textEntry of entries) {
          output.push(renderEntry(textEntry, textType, !ownEntries));
        }
      });
    });
    Object.keys(textContent).forEach((textType) => {
      this.textContent[textType] = textContent[textType].join("\n");
    });
  }
  /** @internal */
  isInlineTextNode(node) {
    if (node.contentDisposition.parsed.value === "attachment") {
      return false;
    }
    switch (node.contentType.parsed.value) {
      case "text/html":
      case "text/plain":
        return true;
      case "text/calendar":
      case "text/csv":
      default:
        return false;
    }
  }
  /** @internal */
  isInlineMessageRfc822(node) {
    if (this.forceRfc822Attachments || node.contentType.parsed.value !== "message/rfc822") {
      return false;
    }
    let disposition = node.contentDisposition.parsed.value || (this.options.rfc822Attachments ? "attachment" : "inline");
    return disposition === "inline";
  }
  // A delivery status or feedback report carries the offending message as a part. It is
  // evidence rather than content, so it is not inlined into the body of the report
  /** @internal */
  hasReportParts() {
    let found = false;
    let walk = (node) => {
      if (!node.contentType.multipart) {
        if (["message/delivery-status", "message/feedback-report"].includes(node.contentType.parsed.value)) {
          found = true;
        }
      }
      for (let childNode of node.childNodes) {
        walk(childNode);
      }
    };
    walk(this.root);
    return found;
  }
  /** @internal */
  async resolveStream(stream) {
    let chunkLen = 0;
    let chunks = [];
    const reader = stream.getReader();
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
      chunkLen += value.length;
    }
    const result = new Uint8Array(chunkLen);
    let chunkPointer = 0;
    for (let chunk of chunks) {
      result.set(chunk, chunkPointer);
      chunkPointer += chunk.length;
    }
    return result;
  }
  /** @internal */
  async resolveInput(buf) {
    let input = buf;
    if (isReadableStream(input)) {
      input = await this.resolveStream(input);
    }
    input = input || new ArrayBuffer(0);
    if (typeof input === "string") {
      input = textEncoder.encode(input);
    }
    if (isBlob(input)) {
      input = await blobToArrayBuffer(input);
    }
    if (ArrayBuffer.isView(input)) {
      return input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength);
    }
    return input;
  }
  // Properties are added in the order the output has always had them, so the required
  // ones are filled in below rather than in the literal
  /** @internal */
  buildMessage() {
    const headers = this.root.headers;
    const message = {
      headers: headers.map((entry) => ({
        key: entry.key,
        originalKey: entry.originalKey,
        value: entry.value
      }))
    };
    for (const key of ["from", "sender"]) {
      const addressHeader = headers.find((line) => line.key === key);
      if (addressHeader && addressHeader.value) {
        const addresses = address_parser_default(addressHeader.value);
        if (addresses && addresses.length) {
          message[key] = addresses[0];
        }
      }
    }
    for (const [key, camelKey] of [
      ["delivered-to", "deliveredTo"],
      ["return-path", "returnPath"]
    ]) {
      const addressHeader = headers.find((line) => line.key === key);
      if (addressHeader && addressHeader.value) {
        const addresses = address_parser_default(addressHeader.value);
        if (addresses && addresses.length && addresses[0].address) {
          message[camelKey] = addresses[0].address;
        }
      }
    }
    for (const [key, camelKey] of [
      ["to", "to"],
      ["cc", "cc"],
      ["bcc", "bcc"],
      ["reply-to", "replyTo"]
    ]) {
      const addresses = [];
      for (const entry of headers) {
        if (entry.key === key && entry.value) {
          for (const address of address_parser_default(entry.value)) {
            addresses.push(address);
          }
        }
      }
      if (addresses.length) {
        message[camelKey] = addresses;
      }
    }
    for (const [key, camelKey] of [
      ["subject", "subject"],
      ["message-id", "messageId"],
      ["in-reply-to", "inReplyTo"],
      ["references", "references"]
    ]) {
      const header = headers.find((line) => line.key === key);
      if (header && header.value) {
        message[camelKey] = decodeWords(header.value);
      }
    }
    let dateHeader = headers.find((line) => line.key === "date");
    if (dateHeader) {
      let date = new Date(dateHeader.value);
      message.date = date.toString() === "Invalid Date" ? dateHeader.value : date.toISOString();
    }
    if (this.textContent.html) {
      message.html = this.textContent.html;
    }
    if (this.textContent.plain) {
      message.text = this.textContent.plain;
    }
    message.attachments = this.attachments;
    message.headerLines = this.root.rawHeaderLines.slice();
    return message;
  }
  // Every attachment holds binary content at this point, since nested parsers are
  // created with the arraybuffer encoding. The string check narrows the public content
  // type rather than handling a reachable case
  /** @internal */
  encodeAttachments() {
    switch (this.attachmentEncoding) {
      case "arraybuffer":
        break;
      case "base64":
        for (let attachment of this.attachments) {
          if (attachment.content && typeof attachment.content !== "string") {
            attachment.content = base64ArrayBuffer(attachment.content);
            attachment.encoding = "base64";
          }
        }
        break;
      case "utf8": {
        let attachmentDecoder = new TextDecoder("utf8");
        for (let attachment of this.attachments) {
          if (attachment.content && typeof attachment.content !== "string") {
            attachment.content = attachmentDecoder.decode(attachment.content);
            attachment.encoding = "utf8";
          }
        }
        break;
      }
      default:
        throw new Error("Unknown attachment encoding");
    }
  }
  /**
   * Parses a raw email message. A parser instance can be used once
   *
   * @param buf Raw email message
   * @returns The parsed email
   */
  async parse(buf) {
    if (this.started) {
      throw new Error("Can not reuse parser, create a new PostalMime object");
    }
    this.started = true;
    this.buf = await this.resolveInput(buf);
    this.av = new Uint8Array(this.buf);
    this.readPos = 0;
    while (this.readPos < this.av.length) {
      const line = this.readLine();
      await this.processLine(line.bytes, line.done);
    }
    this.forceRfc822Attachments = Boolean(this.options.forceRfc822Attachments) || this.hasReportParts();
    await this.collectNode(this.root, false, false);
    this.renderTextContent();
    const message = this.buildMessage();
    this.encodeAttachments();
    return message;
  }
};

// src/core/text/html-entities.ts
var NAMED = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  // A no-break space becomes an ordinary space so downstream matchers ("AB1 2CD", "Dear Ms Evans") see
  // the text the reader sees.
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwnj: "",
  zwj: "",
  lrm: "",
  rlm: "",
  shy: "",
  pound: "\xA3",
  euro: "\u20AC",
  cent: "\xA2",
  yen: "\xA5",
  curren: "\xA4",
  dollar: "$",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  deg: "\xB0",
  plusmn: "\xB1",
  times: "\xD7",
  divide: "\xF7",
  micro: "\xB5",
  para: "\xB6",
  sect: "\xA7",
  middot: "\xB7",
  bull: "\u2022",
  hellip: "\u2026",
  prime: "\u2032",
  Prime: "\u2033",
  ndash: "\u2013",
  mdash: "\u2014",
  minus: "\u2212",
  hyphen: "\u2010",
  dash: "\u2010",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201A",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bdquo: "\u201E",
  laquo: "\xAB",
  raquo: "\xBB",
  lsaquo: "\u2039",
  rsaquo: "\u203A",
  iexcl: "\xA1",
  iquest: "\xBF",
  brvbar: "\xA6",
  uml: "\xA8",
  ordf: "\xAA",
  ordm: "\xBA",
  not: "\xAC",
  macr: "\xAF",
  acute: "\xB4",
  cedil: "\xB8",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE",
  dagger: "\u2020",
  Dagger: "\u2021",
  permil: "\u2030",
  larr: "\u2190",
  rarr: "\u2192",
  uarr: "\u2191",
  darr: "\u2193",
  harr: "\u2194",
  rArr: "\u21D2",
  lArr: "\u21D0",
  hearts: "\u2665",
  check: "\u2713",
  cross: "\u2717",
  star: "\u2606",
  starf: "\u2605",
  spades: "\u2660",
  clubs: "\u2663",
  diams: "\u2666",
  loz: "\u25CA",
  ne: "\u2260",
  le: "\u2264",
  ge: "\u2265",
  asymp: "\u2248",
  infin: "\u221E",
  half: "\xBD",
  colon: ":",
  comma: ",",
  period: ".",
  excl: "!",
  quest: "?",
  num: "#",
  percnt: "%",
  lpar: "(",
  rpar: ")",
  ast: "*",
  plus: "+",
  sol: "/",
  bsol: "\\",
  semi: ";",
  equals: "=",
  commat: "@",
  lsqb: "[",
  rsqb: "]",
  lowbar: "_",
  grave: "`",
  lcub: "{",
  rcub: "}",
  verbar: "|",
  vert: "|",
  tilde: "\u02DC",
  circ: "\u02C6",
  Tab: "	",
  NewLine: "\n",
  Agrave: "\xC0",
  Aacute: "\xC1",
  Acirc: "\xC2",
  Atilde: "\xC3",
  Auml: "\xC4",
  Aring: "\xC5",
  AElig: "\xC6",
  Ccedil: "\xC7",
  Egrave: "\xC8",
  Eacute: "\xC9",
  Ecirc: "\xCA",
  Euml: "\xCB",
  Igrave: "\xCC",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Iuml: "\xCF",
  ETH: "\xD0",
  Ntilde: "\xD1",
  Ograve: "\xD2",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Otilde: "\xD5",
  Ouml: "\xD6",
  Oslash: "\xD8",
  Ugrave: "\xD9",
  Uacute: "\xDA",
  Ucirc: "\xDB",
  Uuml: "\xDC",
  Yacute: "\xDD",
  THORN: "\xDE",
  szlig: "\xDF",
  agrave: "\xE0",
  aacute: "\xE1",
  acirc: "\xE2",
  atilde: "\xE3",
  auml: "\xE4",
  aring: "\xE5",
  aelig: "\xE6",
  ccedil: "\xE7",
  egrave: "\xE8",
  eacute: "\xE9",
  ecirc: "\xEA",
  euml: "\xEB",
  igrave: "\xEC",
  iacute: "\xED",
  icirc: "\xEE",
  iuml: "\xEF",
  eth: "\xF0",
  ntilde: "\xF1",
  ograve: "\xF2",
  oacute: "\xF3",
  ocirc: "\xF4",
  otilde: "\xF5",
  ouml: "\xF6",
  oslash: "\xF8",
  ugrave: "\xF9",
  uacute: "\xFA",
  ucirc: "\xFB",
  uuml: "\xFC",
  yacute: "\xFD",
  thorn: "\xFE",
  yuml: "\xFF",
  Yuml: "\u0178",
  OElig: "\u0152",
  oelig: "\u0153",
  Scaron: "\u0160",
  scaron: "\u0161",
  fnof: "\u0192",
  wcirc: "\u0175",
  Wcirc: "\u0174",
  ycirc: "\u0177"
};
var LEGACY_NO_SEMICOLON = /* @__PURE__ */ new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "pound"]);
var WINDOWS_1252 = {
  128: 8364,
  130: 8218,
  131: 402,
  132: 8222,
  133: 8230,
  134: 8224,
  135: 8225,
  136: 710,
  137: 8240,
  138: 352,
  139: 8249,
  140: 338,
  142: 381,
  145: 8216,
  146: 8217,
  147: 8220,
  148: 8221,
  149: 8226,
  150: 8211,
  151: 8212,
  152: 732,
  153: 8482,
  154: 353,
  155: 8250,
  156: 339,
  158: 382,
  159: 376
};
function isAlnum(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function decodeEntityAt(html, i) {
  if (html.charCodeAt(i + 1) === 35) return decodeNumeric(html, i);
  let j = i + 1;
  while (j < html.length && j - i <= 32 && isAlnum(html.charCodeAt(j))) j++;
  const name = html.slice(i + 1, j);
  if (name.length === 0) return null;
  if (html.charCodeAt(j) === 59) {
    const text = NAMED[name] ?? NAMED[name.toLowerCase()];
    return text === void 0 ? null : { text, next: j + 1 };
  }
  const lower = name.toLowerCase();
  if (LEGACY_NO_SEMICOLON.has(lower) && html.charCodeAt(j) !== 61) {
    const text = NAMED[lower];
    return text === void 0 ? null : { text, next: j };
  }
  return null;
}
function decodeNumeric(html, i) {
  let j = i + 2;
  const hex = html.charCodeAt(j) === 120 || html.charCodeAt(j) === 88;
  if (hex) j++;
  const digitsStart = j;
  let value = 0;
  for (; ; ) {
    const c = html.charCodeAt(j);
    const d = hex ? c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1 : c >= 48 && c <= 57 ? c - 48 : -1;
    if (d < 0) break;
    value = Math.min(value * (hex ? 16 : 10) + d, 1114112);
    j++;
  }
  if (j === digitsStart) return null;
  if (html.charCodeAt(j) === 59) j++;
  return { text: codePointText(value), next: j };
}
function codePointText(value) {
  const mapped = WINDOWS_1252[value];
  if (mapped !== void 0) return String.fromCodePoint(mapped);
  if (value === 0 || value > 1114111 || value >= 55296 && value <= 57343) return "\uFFFD";
  if (value === 160) return " ";
  return String.fromCodePoint(value);
}

// src/core/text/html-to-text.ts
function htmlToText2(html) {
  const out = new TextBuilder();
  const lower = new Finder(html.toLowerCase());
  const n = html.length;
  let pre = 0;
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60) {
      const next = handleMarkup(html, lower, i, out, pre);
      if (next.pre !== void 0) pre = next.pre;
      if (next.index > i) {
        i = next.index;
        continue;
      }
      out.text("<", pre > 0);
      i++;
      continue;
    }
    if (c === 38) {
      const e = decodeEntityAt(html, i);
      if (e !== null) {
        out.text(e.text, true);
        i = e.next;
        continue;
      }
    }
    let j = i + 1;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (d === 60 || d === 38) break;
      j++;
    }
    out.text(html.slice(i, j), pre > 0);
    i = j;
  }
  return out.finish();
}
var HIDDEN = /* @__PURE__ */ new Set(["script", "style", "head", "title", "template", "xml", "noscript", "object", "iframe", "svg"]);
var BLOCKS = /* @__PURE__ */ new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "tr",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "caption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "address",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "center",
  "details",
  "summary",
  "body",
  "html"
]);
var Finder = class {
  constructor(lower) {
    this.lower = lower;
    __publicField(this, "memo", /* @__PURE__ */ new Map());
  }
  /** First index of `needle` at or after `from`, or -1. */
  indexOf(needle, from) {
    const m = this.memo.get(needle);
    if (m !== void 0 && m.from <= from && (m.at < 0 || m.at >= from)) return m.at;
    const at = this.lower.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
  startsWith(needle, at) {
    return this.lower.startsWith(needle, at);
  }
  slice(a, b) {
    return this.lower.slice(a, b);
  }
};
function handleMarkup(html, lower, i, out, pre) {
  const n = html.length;
  if (html.startsWith("<!--", i)) {
    const end2 = html.indexOf("-->", i + 4);
    return { index: end2 < 0 ? n : end2 + 3 };
  }
  if (lower.startsWith("<![cdata[", i)) {
    const end2 = html.indexOf("]]>", i + 9);
    out.text(html.slice(i + 9, end2 < 0 ? n : end2), pre > 0);
    return { index: end2 < 0 ? n : end2 + 3 };
  }
  const second = html.charCodeAt(i + 1);
  if (second === 33 || second === 63) {
    const end2 = html.indexOf(">", i + 2);
    return { index: end2 < 0 ? n : end2 + 1 };
  }
  const closing = second === 47;
  const nameStart = closing ? i + 2 : i + 1;
  let j = nameStart;
  while (j < n && isTagNameChar(html.charCodeAt(j), j === nameStart)) j++;
  if (j === nameStart) return { index: i };
  const name = lower.slice(nameStart, j);
  const end = tagEnd(html, j);
  if (end < 0) return { index: n };
  const selfClosing = html.charCodeAt(end - 2) === 47;
  if (!closing && HIDDEN.has(name) && !selfClosing) {
    let close = lower.indexOf("</" + name, end);
    if (name === "head") {
      const body = lower.indexOf("<body", end);
      if (close < 0 || body >= 0 && body < close) close = body;
      if (close < 0) return { index: end };
    }
    if (close < 0) return { index: n };
    const closeEnd = name === "head" && lower.startsWith("<body", close) ? close : tagEnd(html, close + 2 + name.length);
    return { index: closeEnd < 0 ? n : closeEnd };
  }
  if (name === "br") {
    out.lineBreak();
    return { index: end };
  }
  if (name === "hr") {
    out.blockEnd();
    return { index: end };
  }
  if (name === "td" || name === "th") {
    if (closing) out.cellBreak();
    return { index: end };
  }
  if (name === "pre" || name === "textarea" || name === "plaintext" || name === "listing") {
    if (closing) out.blockEnd();
    else out.softBreak();
    return { index: end, pre: closing ? Math.max(0, pre - 1) : selfClosing ? pre : pre + 1 };
  }
  if (BLOCKS.has(name)) {
    if (closing) out.blockEnd();
    else out.softBreak();
  }
  return { index: end };
}
function isTagNameChar(c, first) {
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122;
  if (first) return letter;
  return letter || c >= 48 && c <= 57 || c === 58 || c === 45 || c === 95;
}
function tagEnd(html, i) {
  let quote = 0;
  for (let j = i; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      let k = j - 1;
      while (k >= i && (html.charCodeAt(k) === 32 || html.charCodeAt(k) === 9)) k--;
      if (html.charCodeAt(k) === 61) quote = c;
    } else if (c === 62) {
      return j + 1;
    }
  }
  return -1;
}
var TextBuilder = class {
  constructor() {
    __publicField(this, "parts", []);
    /** Whether the output currently ends at the start of a line. */
    __publicField(this, "atLineStart", true);
    /** Separator owed before the next text: collapsed whitespace (" ") or a table cell ("\t"). */
    __publicField(this, "pending", "");
    /** Whether the line was just ended by a <br> or a block end, so another block end adds nothing. */
    __publicField(this, "lineEnded", false);
  }
  /** Appends text; outside `<pre>` whitespace runs collapse to one space and vanish at line starts. */
  text(s, preserve) {
    if (s.length === 0) return;
    if (preserve) {
      this.write(s);
      return;
    }
    let i = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (isCollapsible(c)) {
        if (this.pending === "") this.pending = " ";
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.length && !isCollapsible(s.charCodeAt(j))) j++;
      this.write(s.slice(i, j));
      i = j;
    }
  }
  /** A hard line break (`<br>`). */
  lineBreak() {
    this.pending = "";
    this.parts.push("\n");
    this.atLineStart = true;
    this.lineEnded = true;
  }
  /** Breaks the line only if text is already on it (the start of a block). */
  softBreak() {
    this.pending = "";
    if (!this.atLineStart) {
      this.parts.push("\n");
      this.atLineStart = true;
    }
  }
  /**
   * The end of a block: a line break, unless a <br> or another block end has just ended the line
   * (`<div>text<br></div>` and `</li></ul>` give one line break, as a browser shows them).
   */
  blockEnd() {
    this.pending = "";
    if (!this.lineEnded) {
      this.parts.push("\n");
      this.atLineStart = true;
    }
    this.lineEnded = true;
  }
  /** The end of a table cell: a tab before the next cell's text on the same row. */
  cellBreak() {
    this.pending = "	";
  }
  finish() {
    const s = this.parts.join("");
    let end = s.length;
    while (end > 0 && /\s/u.test(s.charAt(end - 1))) end--;
    let start = 0;
    while (start < end && (s.charCodeAt(start) === 10 || s.charCodeAt(start) === 13)) start++;
    return s.slice(start, end);
  }
  write(s) {
    if (this.pending !== "" && !this.atLineStart) this.parts.push(this.pending);
    this.pending = "";
    this.parts.push(s);
    this.atLineStart = s.charCodeAt(s.length - 1) === 10;
    this.lineEnded = false;
  }
};
function isCollapsible(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

// src/core/attachments/extract/messages.ts
var FORMAT_WORDS = {
  txt: "a text file",
  csv: "a CSV file",
  rtf: "a Rich Text document",
  docx: "a Word document",
  xlsx: "an Excel spreadsheet",
  pptx: "a PowerPoint presentation",
  odt: "an OpenDocument text file",
  pdf: "a PDF",
  eml: "an email",
  msg: "an Outlook email"
};
function quoted(name) {
  const n = name.trim();
  return n.length > 0 ? `\u201C${n}\u201D` : "the unnamed attachment";
}
var CHECK_IT = "check what it contains before you send it";
function megabytes(bytes) {
  const mb = bytes / (1024 * 1024);
  return mb < 1 ? `${Math.max(0.1, Math.round(mb * 10) / 10)} MB` : `${Math.round(mb)} MB`;
}
function messageFor(reason, name, format, options = {}) {
  const text = sentenceFor(reason, name, format, options);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function sentenceFor(reason, name, format, options) {
  const file = quoted(name);
  switch (reason) {
    case "image":
      return `SafeShare cannot read pictures, so it has not checked ${file}: check what it shows before you send it.`;
    case "scanned":
      return `${file} is a scan with no text SafeShare can read, so it has not been checked: ${CHECK_IT}.`;
    case "encrypted":
      return `${file} is password-protected, so SafeShare cannot read it: ${CHECK_IT}.`;
    case "unsupported":
      return unsupportedMessage(file, format, options.detail);
    case "too-large":
      if (options.detail === "inner-count")
        return `SafeShare reads the first 50 attachments of an attached email, so it has not checked ${file}: ${CHECK_IT}.`;
      if (options.size !== void 0 && options.limits)
        return `${file} is too large for SafeShare to read (${megabytes(options.size)}; it reads files up to ${megabytes(options.limits.maxFileBytes)}), so it has not been checked: ${CHECK_IT}.`;
      return `${file} holds more than SafeShare reads of one file, so it has not been checked: ${CHECK_IT}.`;
    case "malformed":
      if (format === "image" || format === "unknown") return `${file} looks damaged, so SafeShare could not read it: ${CHECK_IT}.`;
      return `${file} looks damaged or is not ${FORMAT_WORDS[format]} as its name says, so SafeShare could not read it: ${CHECK_IT}.`;
    case "bomb":
      return bombMessage(file, options.detail);
    case "timeout":
      return `SafeShare ran out of time reading ${file}, so it has not been checked: ${CHECK_IT}.`;
  }
}
function unsupportedMessage(file, format, detail) {
  switch (detail) {
    case "legacy-doc":
      return `SafeShare cannot read old-style Word documents (.doc), so it has not checked ${file}: ${CHECK_IT}, or save it as .docx and attach that.`;
    case "legacy-xls":
      return `SafeShare cannot read old-style Excel spreadsheets (.xls), so it has not checked ${file}: ${CHECK_IT}, or save it as .xlsx and attach that.`;
    case "legacy-ppt":
      return `SafeShare cannot read old-style PowerPoint files (.ppt), so it has not checked ${file}: ${CHECK_IT}, or save it as .pptx and attach that.`;
    case "zip":
      return `SafeShare cannot read inside zip archives, so it has not checked ${file}: ${CHECK_IT}.`;
    case "opendocument-other":
      return `SafeShare reads OpenDocument text files but not spreadsheets or presentations, so it has not checked ${file}: ${CHECK_IT}.`;
    case "msg":
      return `SafeShare cannot read saved Outlook messages (.msg) yet, so it has not checked ${file}: ${CHECK_IT}, or forward that email as an attachment instead.`;
    case "depth-limit":
      return `${file} is attached to an attached email, and SafeShare reads only one level of attachments, so it has not been checked: ${CHECK_IT}.`;
    default:
      return format === "pdf" ? `SafeShare cannot read PDFs here yet, so it has not checked ${file}: ${CHECK_IT}.` : `SafeShare cannot read this type of file, so it has not checked ${file}: ${CHECK_IT}.`;
  }
}
function bombMessage(file, detail) {
  switch (detail) {
    case "entity":
    case "depth":
      return `${file} is built in a way that could overload the computer reading it (nested too deeply or expanding itself), so SafeShare has not opened it: check where it came from before you send it.`;
    case "entries":
      return `${file} holds far more parts than a real document, so SafeShare has not opened it: check where it came from before you send it.`;
    default:
      return `${file} expands to far more than its size, as harmful files do, so SafeShare has not opened it: check where it came from before you send it.`;
  }
}
function unreadable(...args) {
  const [reason, , format] = args;
  return { kind: "unreadable", format, reason, message: messageFor(...args) };
}

// src/core/attachments/extract/inner-files.ts
var MAX_INNER = 50;
async function addInnerFile(inner, ctx, name, read) {
  if (ctx.depth >= 1) {
    inner.push({ name, result: unreadable("unsupported", name, "unknown", { detail: "depth-limit" }) });
    return;
  }
  if (inner.length >= MAX_INNER) {
    inner.push({ name, result: unreadable("too-large", name, "unknown", { detail: "inner-count" }) });
    return;
  }
  const innerCtx = ctx.inner();
  const result = await read(innerCtx);
  ctx.spendChars(ctx.remainingChars - innerCtx.remainingChars);
  inner.push({ name, result });
}

// src/core/attachments/extract/parts.ts
var TextFull = class extends Error {
  constructor() {
    super("text cap reached");
  }
};
var SEPARATOR = "\n\n";
var PartsBuilder = class {
  constructor(ctx) {
    this.ctx = ctx;
    __publicField(this, "chunks", []);
    __publicField(this, "regions", []);
    __publicField(this, "length", 0);
    __publicField(this, "full", false);
    __publicField(this, "cap");
    this.cap = ctx.remainingChars;
  }
  get truncated() {
    return this.full;
  }
  /** Adds one part; throws `TextFull` when the cap is reached (after keeping what fits). */
  add(text, where) {
    if (this.full) throw new TextFull();
    this.ctx.tick(1 + (text.length >> 6));
    const part = trimPart(text);
    if (part.length === 0) return;
    const sep = this.length === 0 ? 0 : SEPARATOR.length;
    const room = this.cap - this.length - sep;
    if (room <= 0) {
      this.full = true;
      throw new TextFull();
    }
    let kept = part.length <= room ? part : part.slice(0, room);
    if (kept.length < part.length && isHighSurrogate(kept.charCodeAt(kept.length - 1))) kept = kept.slice(0, -1);
    if (kept.length === 0) {
      this.full = true;
      throw new TextFull();
    }
    if (sep) this.chunks.push(SEPARATOR);
    const start = this.length + sep;
    this.chunks.push(kept);
    this.length = start + kept.length;
    this.regions.push({ start, end: this.length, where });
    if (kept.length < part.length) {
      this.full = true;
      throw new TextFull();
    }
  }
  /** Marks the text truncated for a cap other than the characters (a part not read). */
  markTruncated() {
    this.full = true;
  }
  /** The readable result; spends the characters kept from the context. */
  result(format, extra) {
    this.ctx.spendChars(this.length);
    const base2 = {
      kind: "text",
      format,
      text: this.chunks.join(""),
      regions: this.regions,
      truncated: this.full
    };
    return extra?.inner ? { ...base2, inner: extra.inner } : base2;
  }
};
function readUntilFull(read) {
  try {
    read();
  } catch (e) {
    if (!(e instanceof TextFull)) throw e;
  }
}
function isHighSurrogate(c) {
  return c >= 55296 && c <= 56319;
}
function trimPart(text) {
  return text.trim();
}

// src/core/attachments/extract/eml.ts
var MAX_BOUNDARY_LINES = 5e3;
function boundaryLines(bytes) {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i + 1] === 45 && bytes[i + 2] === 45 && ++count > MAX_BOUNDARY_LINES) break;
  }
  return count;
}
async function readEml(bytes, ctx, readInner) {
  if (boundaryLines(bytes) > MAX_BOUNDARY_LINES) throw new ExtractStop("bomb", "entries");
  const email = await PostalMime.parse(bytes, {
    forceRfc822Attachments: true,
    attachmentEncoding: "arraybuffer",
    maxNestingDepth: 64,
    maxHeadersSize: 1024 * 1024
  });
  ctx.check();
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    if (email.subject) parts.add(email.subject, "the attached email's subject");
    const text = email.text && email.text.trim().length > 0 ? email.text : email.html ? htmlToText2(email.html) : "";
    parts.add(text, "the attached email's text");
  });
  const result = parts.result("eml");
  const inner = [];
  let index = 0;
  for (const a of email.attachments) {
    index++;
    const name = a.filename ?? (a.mimeType === "message/rfc822" ? `attached email ${index}.eml` : `attachment ${index}`);
    const content = a.content;
    const data = typeof content === "string" ? new Uint8Array(0) : content instanceof Uint8Array ? content : new Uint8Array(content);
    await addInnerFile(inner, ctx, name, (innerCtx) => readInner({ name, contentType: a.mimeType, bytes: data }, innerCtx));
  }
  return inner.length > 0 ? { ...result, inner } : result;
}

// src/core/attachments/extract/cfb.ts
var SIGNATURE = [208, 207, 17, 224, 161, 177, 26, 225];
var HEADER_DIFAT = 109;
var MAX_REGULAR = 4294967290;
var END_OF_CHAIN = 4294967294;
var FREE = 4294967295;
var NO_STREAM = 4294967295;
var MINI_SECTOR = 64;
var DIR_ENTRY = 128;
function malformed() {
  return new ExtractStop("malformed");
}
var CfbFile = class {
  /** Parses the header, the FAT and the directory; throws `ExtractStop("malformed")` on anything wrong. */
  constructor(bytes, ctx) {
    this.bytes = bytes;
    this.ctx = ctx;
    __publicField(this, "root");
    __publicField(this, "view");
    __publicField(this, "sectorSize");
    __publicField(this, "sectorCount");
    __publicField(this, "fat");
    __publicField(this, "miniCutoff");
    __publicField(this, "firstMiniFat");
    __publicField(this, "miniFatSectors");
    __publicField(this, "miniFat");
    __publicField(this, "miniStreamSectors");
    /** Bytes this file may still copy out (twice its size and some: each sector is read about once). */
    __publicField(this, "budget");
    this.budget = 2 * bytes.length + 65536;
    if (bytes.length < 512) throw malformed();
    for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) throw malformed();
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const major = v.getUint16(26, true);
    const shift = v.getUint16(30, true);
    if (v.getUint16(28, true) !== 65534) throw malformed();
    if (!(major === 3 && shift === 9 || major === 4 && shift === 12)) throw malformed();
    if (v.getUint16(32, true) !== 6) throw malformed();
    this.sectorSize = 1 << shift;
    this.sectorCount = Math.max(0, Math.ceil((bytes.length - this.sectorSize) / this.sectorSize));
    if (this.sectorCount === 0) throw malformed();
    const fatSectors = v.getUint32(44, true);
    const firstDir = v.getUint32(48, true);
    this.miniCutoff = v.getUint32(56, true);
    this.firstMiniFat = v.getUint32(60, true);
    this.miniFatSectors = v.getUint32(64, true);
    const firstDifat = v.getUint32(68, true);
    const difatSectors = v.getUint32(72, true);
    if (this.miniCutoff !== 4096) throw malformed();
    if (fatSectors === 0 || fatSectors > this.sectorCount || difatSectors > this.sectorCount || this.miniFatSectors > this.sectorCount) {
      throw malformed();
    }
    this.fat = this.readFat(fatSectors, firstDifat, difatSectors);
    const entries = this.readDirectory(firstDir);
    this.root = this.buildTree(entries);
  }
  /** The FAT: the sectors the DIFAT lists (the header's 109, then the DIFAT chain's), read in order. */
  readFat(fatSectors, firstDifat, difatSectors) {
    const ids2 = [];
    const take = (id) => {
      if (ids2.length >= fatSectors || id === FREE) return;
      if (id >= this.sectorCount) throw malformed();
      ids2.push(id);
    };
    for (let i = 0; i < HEADER_DIFAT; i++) take(this.view.getUint32(76 + 4 * i, true));
    const perDifat = this.sectorSize / 4 - 1;
    const seen = /* @__PURE__ */ new Set();
    let next = firstDifat;
    for (let n = 0; n < difatSectors && ids2.length < fatSectors; n++) {
      this.ctx.tick();
      if (next >= this.sectorCount || seen.has(next)) throw malformed();
      seen.add(next);
      const at = this.offsetOf(next, this.sectorSize);
      for (let i = 0; i < perDifat; i++) take(this.view.getUint32(at + 4 * i, true));
      next = this.view.getUint32(at + 4 * perDifat, true);
    }
    if (ids2.length < fatSectors) throw malformed();
    const perSector = this.sectorSize / 4;
    const fat = new Uint32Array(fatSectors * perSector);
    ids2.forEach((id, k) => {
      this.ctx.tick(perSector >> 4);
      const at = this.offsetOf(id, this.sectorSize);
      for (let i = 0; i < perSector; i++) fat[k * perSector + i] = this.view.getUint32(at + 4 * i, true);
    });
    return fat;
  }
  /** Where sector `id` starts in the file; throws when `length` bytes from there are not all in it. */
  offsetOf(id, length) {
    if (id >= this.sectorCount) throw malformed();
    const at = (id + 1) * this.sectorSize;
    if (at + length > this.bytes.length) throw malformed();
    return at;
  }
  /**
   * The sectors of a chain from `start`, at most `max` of them (stopping there without needing the end
   * mark), each seen once: a sector seen twice, an id past the file or a free or special entry is malformed.
   */
  chain(start, table, limit, max2) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    let id = start;
    while (out.length < max2) {
      this.ctx.tick();
      if (id === END_OF_CHAIN) break;
      if (id > MAX_REGULAR || id >= limit || id >= table.length || seen.has(id)) throw malformed();
      seen.add(id);
      out.push(id);
      id = table[id];
    }
    return out;
  }
  readDirectory(firstDir) {
    const sectors = this.chain(firstDir, this.fat, this.sectorCount, this.sectorCount);
    if (sectors.length === 0) throw malformed();
    const perSector = this.sectorSize / DIR_ENTRY;
    const entries = [];
    for (const sector of sectors) {
      const base2 = this.offsetOf(sector, this.sectorSize);
      for (let k = 0; k < perSector; k++) {
        this.ctx.tick();
        entries.push(this.entryAt(base2 + k * DIR_ENTRY));
      }
    }
    return entries;
  }
  entryAt(at) {
    const v = this.view;
    const length = v.getUint16(at + 64, true);
    let name = "";
    if (length >= 2 && length <= 64 && length % 2 === 0) {
      for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(v.getUint16(at + k, true));
    }
    const low = v.getUint32(at + 120, true);
    const high = v.getUint32(at + 124, true);
    const size = this.sectorSize === 512 || high === 0 ? low : Number.MAX_SAFE_INTEGER;
    return {
      name,
      type: v.getUint8(at + 66),
      left: v.getUint32(at + 68, true),
      right: v.getUint32(at + 72, true),
      child: v.getUint32(at + 76, true),
      start: v.getUint32(at + 116, true),
      size
    };
  }
  /** Every storage's children, walking each tree with one visited set: an entry reached twice is malformed. */
  buildTree(entries) {
    const rootRaw = entries[0];
    if (rootRaw.type !== 5) throw malformed();
    const visited = new Uint8Array(entries.length);
    visited[0] = 1;
    const make = (id, raw) => ({
      id,
      name: raw.name,
      kind: raw.type === 5 ? "root" : raw.type === 1 ? "storage" : "stream",
      size: raw.size,
      start: raw.start,
      children: /* @__PURE__ */ new Map()
    });
    const root = make(0, rootRaw);
    const storages = [[root, rootRaw]];
    for (let s = 0; s < storages.length; s++) {
      const [storage, raw] = storages[s];
      const stack = [raw.child];
      while (stack.length > 0) {
        this.ctx.tick();
        const id = stack.pop();
        if (id === NO_STREAM) continue;
        if (id >= entries.length || visited[id]) throw malformed();
        visited[id] = 1;
        const e = entries[id];
        if (e.type !== 1 && e.type !== 2) throw malformed();
        const entry = make(id, e);
        const key = e.name.toUpperCase();
        if (storage.children.has(key)) throw malformed();
        storage.children.set(key, entry);
        if (e.type === 1) storages.push([entry, e]);
        else if (e.child !== NO_STREAM) throw malformed();
        stack.push(e.left, e.right);
      }
    }
    return root;
  }
  loadMini() {
    if (this.miniFat && this.miniStreamSectors) return { miniFat: this.miniFat, sectors: this.miniStreamSectors };
    const fatIds = this.miniFatSectors === 0 ? [] : this.chain(this.firstMiniFat, this.fat, this.sectorCount, this.miniFatSectors);
    if (fatIds.length < this.miniFatSectors) throw malformed();
    const perSector = this.sectorSize / 4;
    const miniFat = new Uint32Array(fatIds.length * perSector);
    fatIds.forEach((id, k) => {
      this.ctx.tick(perSector >> 4);
      const at = this.offsetOf(id, this.sectorSize);
      for (let i = 0; i < perSector; i++) miniFat[k * perSector + i] = this.view.getUint32(at + 4 * i, true);
    });
    const size = this.root.size;
    if (size > this.sectorCount * this.sectorSize) throw malformed();
    const need = Math.ceil(size / this.sectorSize);
    const sectors = need === 0 ? [] : this.chain(this.root.start, this.fat, this.sectorCount, need);
    if (sectors.length < need) throw malformed();
    this.miniFat = miniFat;
    this.miniStreamSectors = sectors;
    return { miniFat, sectors };
  }
  spend(n) {
    this.budget -= n;
    if (this.budget < 0) throw new ExtractStop("bomb");
  }
  /**
   * A stream's bytes, at most `max` of them (the first `max` when it is longer). A declared size past what
   * the file can hold, a chain too short for it, a loop or an id past the file is malformed.
   */
  read(entry, max2 = Number.MAX_SAFE_INTEGER) {
    if (entry.kind !== "stream") throw malformed();
    const size = entry.size;
    if (size === 0) return new Uint8Array(0);
    const want = Math.min(size, Math.max(0, max2));
    if (size < this.miniCutoff) {
      const { miniFat, sectors } = this.loadMini();
      const miniCount = Math.floor(this.root.size / MINI_SECTOR);
      if (size > miniCount * MINI_SECTOR) throw malformed();
      const ids3 = this.chain(entry.start, miniFat, miniCount, Math.ceil(want / MINI_SECTOR));
      if (ids3.length * MINI_SECTOR < want) throw malformed();
      this.spend(want);
      const out2 = new Uint8Array(want);
      ids3.forEach((mini, k) => {
        const byte = mini * MINI_SECTOR;
        const sector = sectors[Math.floor(byte / this.sectorSize)];
        if (sector === void 0) throw malformed();
        const n = Math.min(MINI_SECTOR, want - k * MINI_SECTOR);
        const at = this.offsetOf(sector, 0) + byte % this.sectorSize;
        if (at + n > this.bytes.length) throw malformed();
        out2.set(this.bytes.subarray(at, at + n), k * MINI_SECTOR);
      });
      return out2;
    }
    if (size > this.sectorCount * this.sectorSize) throw malformed();
    const ids2 = this.chain(entry.start, this.fat, this.sectorCount, Math.ceil(want / this.sectorSize));
    if (ids2.length * this.sectorSize < want) throw malformed();
    this.spend(want);
    const out = new Uint8Array(want);
    ids2.forEach((id, k) => {
      const n = Math.min(this.sectorSize, want - k * this.sectorSize);
      const at = this.offsetOf(id, n);
      out.set(this.bytes.subarray(at, at + n), k * this.sectorSize);
    });
    return out;
  }
};

// src/core/attachments/extract/rtf.ts
var SKIP_DESTINATIONS = /* @__PURE__ */ new Set([
  "fonttbl",
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "objdata",
  "objclass",
  "themedata",
  "colorschememapping",
  "datastore",
  "latentstyles",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "generator",
  "xmlnstbl",
  "mmathPr",
  "filetbl",
  "revtbl",
  "pgdsctbl",
  "bkmkstart",
  "bkmkend",
  "fldinst",
  "pntext",
  "pntxta",
  "pntxtb",
  "nonshppict",
  "shppict",
  "sp",
  "sn",
  "sv",
  "picprop",
  "blipuid",
  "userprops",
  "docvar",
  "xe",
  "tc",
  "wgrffmtfilter",
  "template",
  "private",
  "passwordhash",
  "factoidname",
  "listtext",
  "ftnsep",
  "ftnsepc",
  "aftnsep",
  "aftnsepc",
  "protusertbl"
]);
var CHARACTERS = {
  line: "\n",
  tab: "	",
  cell: "	",
  nestcell: "	",
  emdash: "\u2014",
  endash: "\u2013",
  lquote: "\u2018",
  rquote: "\u2019",
  ldblquote: "\u201C",
  rdblquote: "\u201D",
  bullet: "\u2022",
  emspace: " ",
  enspace: " ",
  qmspace: " "
};
var BREAKS = /* @__PURE__ */ new Set(["par", "sect", "page", "row", "nestrow"]);
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
function readRtf(bytes, ctx) {
  const parts = new PartsBuilder(ctx);
  const maxDepth = ctx.limits.maxXmlDepth;
  let paragraphs = 0;
  let paragraph = [];
  const flush = () => {
    const text = paragraph.join("");
    paragraph = [];
    if (text.trim().length > 0) parts.add(text, `paragraph ${++paragraphs}`);
  };
  readUntilFull(() => {
    const stack = [];
    let state = { skip: false, uc: 1 };
    let starred = false;
    let fallback = 0;
    const emit = (s) => {
      if (fallback > 0) {
        fallback--;
        return;
      }
      if (!state.skip) paragraph.push(s);
    };
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      ctx.tick();
      const c = bytes[i];
      if (c === 123) {
        if (stack.length >= maxDepth) throw new ExtractStop("bomb", "depth");
        stack.push(state);
        state = { skip: state.skip, uc: state.uc };
        starred = false;
        fallback = 0;
        i++;
        continue;
      }
      if (c === 125) {
        state = stack.pop() ?? { skip: false, uc: 1 };
        starred = false;
        fallback = 0;
        i++;
        continue;
      }
      if (c === 13 || c === 10) {
        i++;
        continue;
      }
      if (c !== 92) {
        emit(windows1252Char(c));
        i++;
        continue;
      }
      const next = bytes[i + 1];
      if (next === void 0) break;
      if (!isLetter(next)) {
        i += 2;
        switch (next) {
          case 39: {
            const hi = hexValue(bytes[i] ?? 0);
            const lo = hexValue(bytes[i + 1] ?? 0);
            if (hi >= 0 && lo >= 0) {
              emit(windows1252Char(hi * 16 + lo));
              i += 2;
            }
            break;
          }
          case 92:
          case 123:
          case 125:
            emit(String.fromCharCode(next));
            break;
          case 126:
            emit("\xA0");
            break;
          case 95:
            emit("-");
            break;
          case 42:
            starred = true;
            break;
          case 10:
          case 13:
            if (!state.skip) flush();
            break;
          default:
            break;
        }
        continue;
      }
      let j = i + 1;
      while (j < n && j - i <= 32 && isLetter(bytes[j])) j++;
      let word = "";
      for (let k = i + 1; k < j; k++) word += String.fromCharCode(bytes[k]);
      let param;
      let negative = false;
      if (bytes[j] === 45 && j + 1 < n && isDigit(bytes[j + 1])) {
        negative = true;
        j++;
      }
      if (j < n && isDigit(bytes[j])) {
        let v = 0;
        let digits = 0;
        while (j < n && isDigit(bytes[j]) && digits < 10) {
          v = v * 10 + (bytes[j] - 48);
          j++;
          digits++;
        }
        param = negative ? -v : v;
      }
      if (bytes[j] === 32) j++;
      i = j;
      if (word === "bin") {
        i = Math.min(n, i + Math.max(0, param ?? 0));
        continue;
      }
      if (starred || SKIP_DESTINATIONS.has(word)) {
        state.skip = true;
        starred = false;
        continue;
      }
      if (word === "uc") {
        state.uc = Math.max(0, Math.min(param ?? 1, 16));
        continue;
      }
      if (word === "u" && param !== void 0) {
        const code = param < 0 ? param + 65536 : param;
        fallback = 0;
        emit(String.fromCharCode(code & 65535));
        fallback = state.uc;
        continue;
      }
      if (state.skip) continue;
      if (BREAKS.has(word)) {
        fallback = 0;
        flush();
        continue;
      }
      const ch = CHARACTERS[word];
      if (ch !== void 0) emit(ch);
    }
    flush();
  });
  return parts.result("rtf");
}

// src/core/attachments/extract/msg.ts
var PR_SUBJECT = 55;
var PR_BODY = 4096;
var PR_RTF_COMPRESSED = 4105;
var PR_HTML = 4115;
var PR_ATTACH_DATA = 14081;
var PR_ATTACH_FILENAME = 14084;
var PR_ATTACH_METHOD = 14085;
var PR_ATTACH_LONG_FILENAME = 14087;
var PR_ATTACH_MIME_TAG = 14094;
var PR_DISPLAY_NAME = 12289;
var PR_INTERNET_CPID = 16350;
var PR_MESSAGE_CODEPAGE = 16381;
var ATTACH_EMBEDDED_MSG = 5;
var ATTACH_OLE = 6;
var UTF8_CODEPAGE = 65001;
var MAX_NAME = 1024;
var MAX_PROPERTIES_BYTES = 1024 * 1024;
var ATTACH_STORAGE = /^__attach_version1\.0_#[0-9a-f]{8}$/i;
function hex4(n) {
  return n.toString(16).toUpperCase().padStart(4, "0");
}
function withoutNuls(s) {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0) end--;
  return end === s.length ? s : s.slice(0, end);
}
var Properties = class {
  constructor(file, storage, headerBytes, ctx, codepage) {
    this.file = file;
    this.storage = storage;
    this.codepage = codepage;
    __publicField(this, "fixed", /* @__PURE__ */ new Map());
    const stream = storage.children.get("__PROPERTIES_VERSION1.0");
    if (stream?.kind === "stream") {
      const b = file.read(stream, MAX_PROPERTIES_BYTES);
      const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let at = headerBytes; at + 16 <= b.length; at += 16) {
        ctx.tick();
        const tag = v.getUint32(at, true);
        if ((tag & 65535) === 3) this.fixed.set(tag >>> 16, v.getUint32(at + 8, true));
      }
    }
    if (this.codepage === void 0) {
      const cp = this.fixed.get(PR_INTERNET_CPID) ?? this.fixed.get(PR_MESSAGE_CODEPAGE);
      if (cp !== void 0) this.codepage = cp;
    }
  }
  get messageCodepage() {
    return this.codepage;
  }
  long(id) {
    return this.fixed.get(id);
  }
  stream(id, type) {
    const e = this.storage.children.get(`__SUBSTG1.0_${hex4(id)}${type}`);
    return e?.kind === "stream" ? e : void 0;
  }
  has(id, type) {
    return this.stream(id, type) !== void 0;
  }
  /** A string property (UTF-16 or 8-bit), at most `maxChars` characters of it. */
  string(id, maxChars) {
    const wide = this.stream(id, "001F");
    if (wide) return withoutNuls(utf16(this.file.read(wide, 2 * maxChars + 2), true));
    const narrow = this.stream(id, "001E");
    if (narrow) {
      if (this.codepage !== UTF8_CODEPAGE) return withoutNuls(windows1252(this.file.read(narrow, maxChars + 1)));
      let b = this.file.read(narrow, 4 * maxChars + 4);
      if (b.length < narrow.size) {
        let end = b.length;
        while (end > 0 && (b[end - 1] & 192) === 128) end--;
        if (end > 0 && b[end - 1] >= 192) end--;
        b = b.subarray(0, end);
      }
      return withoutNuls(utf8(b));
    }
    return void 0;
  }
  binary(id, max2) {
    const e = this.stream(id, "0102");
    return e ? this.file.read(e, max2) : void 0;
  }
  binarySize(id) {
    return this.stream(id, "0102")?.size;
  }
  storageOf(id, type) {
    const e = this.storage.children.get(`__SUBSTG1.0_${hex4(id)}${type}`);
    return e?.kind === "storage" ? e : void 0;
  }
};
async function readMsg(bytes, ctx, readInner) {
  const file = new CfbFile(bytes, ctx);
  const names = [...file.root.children.keys()];
  if (!names.some((n) => n === "__PROPERTIES_VERSION1.0" || n.startsWith("__SUBSTG1.0_"))) throw new ExtractStop("malformed");
  return readMessage(file, file.root, 32, ctx, readInner, void 0);
}
async function readMessage(file, storage, headerBytes, ctx, readInner, codepage) {
  const props = new Properties(file, storage, headerBytes, ctx, void 0);
  const cp = props.messageCodepage ?? codepage;
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    const subject = props.string(PR_SUBJECT, ctx.remainingChars);
    if (subject) parts.add(subject, "the attached email's subject");
    parts.add(bodyOf(props, ctx, cp), "the attached email's text");
  });
  ctx.check();
  const result = parts.result("msg");
  const attachments = [...storage.children.values()].filter((e) => e.kind === "storage" && ATTACH_STORAGE.test(e.name)).sort((a, b) => a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1);
  const inner = [];
  let index = 0;
  for (const a of attachments) {
    index++;
    ctx.tick();
    const ap = new Properties(file, a, 8, ctx, cp);
    const embedded = ap.storageOf(PR_ATTACH_DATA, "000D");
    const method = ap.long(PR_ATTACH_METHOD);
    const isMessage = embedded !== void 0 && (method === ATTACH_EMBEDDED_MSG || method === void 0);
    const name = ap.string(PR_ATTACH_LONG_FILENAME, MAX_NAME) || ap.string(PR_ATTACH_FILENAME, MAX_NAME) || ap.string(PR_DISPLAY_NAME, MAX_NAME) || (isMessage ? `attached email ${index}.msg` : `attachment ${index}`);
    await addInnerFile(inner, ctx, name, (innerCtx) => readAttachment(file, ap, name, isMessage ? embedded : void 0, method, innerCtx, readInner, cp));
  }
  return inner.length > 0 ? { ...result, inner } : result;
}
async function readAttachment(file, ap, name, embedded, method, ctx, readInner, codepage) {
  const format = embedded ? "msg" : "unknown";
  try {
    if (embedded) return await readMessage(file, embedded, 24, ctx, readInner, codepage);
    const size = ap.binarySize(PR_ATTACH_DATA);
    if (method === ATTACH_OLE || size === void 0) return unreadable("unsupported", name, "unknown");
    if (size > ctx.limits.maxFileBytes) return unreadable("too-large", name, "unknown", { size, limits: ctx.limits });
    const bytes = ap.binary(PR_ATTACH_DATA) ?? new Uint8Array(0);
    const mime = ap.string(PR_ATTACH_MIME_TAG, MAX_NAME);
    return await readInner({ name, contentType: mime || void 0, bytes }, ctx);
  } catch (e) {
    if (e instanceof ExtractStop && e.reason === "bomb") throw e;
    if (e instanceof ExtractStop) return unreadable(e.reason, name, format, { detail: e.detail });
    return unreadable("malformed", name, format);
  }
}
function bodyOf(props, ctx, codepage) {
  const plain = props.string(PR_BODY, ctx.remainingChars);
  if (plain !== void 0 && plain.trim().length > 0) return plain;
  const html = props.has(PR_HTML, "0102") ? htmlBytesToString(props.binary(PR_HTML), codepage) : props.string(PR_HTML, ctx.limits.maxFileBytes);
  if (html !== void 0 && html.trim().length > 0) {
    ctx.tick(1 + (html.length >> 6));
    const text = htmlToText2(html);
    ctx.check();
    if (text.trim().length > 0) return text;
  }
  const rtf = props.binary(PR_RTF_COMPRESSED);
  if (rtf) {
    const raw = decompressRtf(rtf, ctx);
    const r = readRtf(raw, new ExtractContext(ctx.limits, ctx.deadline, ctx.depth, ctx.remainingChars));
    return r.text;
  }
  return plain ?? "";
}
function htmlBytesToString(b, codepage) {
  return codepage === UTF8_CODEPAGE ? utf8(b) : decodeText(b).text;
}
var RTF_PREBUF = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
var LZFU = 1967544908;
var MELA = 1095517517;
function decompressRtf(b, ctx) {
  if (b.length < 16) throw new ExtractStop("malformed");
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const rawSize = v.getUint32(4, true);
  const kind = v.getUint32(8, true);
  const cap = Math.min(rawSize, ctx.limits.maxUnzippedBytes, 17 * b.length);
  if (kind === MELA) return b.slice(16, 16 + Math.min(cap, b.length - 16));
  if (kind !== LZFU) throw new ExtractStop("malformed");
  const dict = new Uint8Array(4096);
  for (let i = 0; i < RTF_PREBUF.length; i++) dict[i] = RTF_PREBUF.charCodeAt(i);
  let write = RTF_PREBUF.length;
  const out = new Uint8Array(cap);
  let n = 0;
  let at = 16;
  while (at < b.length && n < cap) {
    ctx.tick();
    const control = b[at++];
    for (let bit = 0; bit < 8 && n < cap; bit++) {
      if ((control & 1 << bit) === 0) {
        if (at >= b.length) return out.subarray(0, n);
        const c = b[at++];
        out[n++] = c;
        dict[write] = c;
        write = write + 1 & 4095;
        continue;
      }
      if (at + 1 >= b.length) return out.subarray(0, n);
      const token = b[at] << 8 | b[at + 1];
      at += 2;
      const offset = token >> 4;
      const length = (token & 15) + 2;
      if (offset === write) return out.subarray(0, n);
      for (let k = 0; k < length && n < cap; k++) {
        const c = dict[offset + k & 4095];
        out[n++] = c;
        dict[write] = c;
        write = write + 1 & 4095;
      }
    }
  }
  return out.subarray(0, n);
}

// src/core/attachments/extract/xml.ts
var import_saxes = __toESM(require_saxes());
var SLICE = 64 * 1024;
function localName(name) {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
function attribute(attributes, local) {
  if (Object.prototype.hasOwnProperty.call(attributes, local)) return attributes[local];
  for (const key of Object.keys(attributes)) if (localName(key) === local) return attributes[key];
  return void 0;
}
function parseXml(bytes, sink, ctx) {
  const xml = decodeText(bytes).text;
  ctx.check();
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: false });
  const maxDepth = ctx.limits.maxXmlDepth;
  let depth = 0;
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new ExtractStop("bomb", "entity");
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > maxDepth) throw new ExtractStop("bomb", "depth");
    sink.open(localName(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag) => {
    depth--;
    sink.close(localName(tag.name));
  });
  parser.on("text", (t) => sink.text(t));
  parser.on("cdata", (t) => sink.text(t));
  parser.on("error", (e) => {
    throw e instanceof ExtractStop ? e : new ExtractStop("malformed");
  });
  for (let i = 0; i < xml.length; i += SLICE) {
    parser.write(xml.slice(i, i + SLICE));
    ctx.check();
  }
  parser.close();
}

// src/core/attachments/extract/flow.ts
var MAX_SPACES = 256;
var FlowCollector = class {
  constructor(vocabulary, emit, ctx) {
    this.vocabulary = vocabulary;
    this.emit = emit;
    this.ctx = ctx;
    __publicField(this, "stack", []);
    __publicField(this, "skipDepth", 0);
    __publicField(this, "textDepth", 0);
    __publicField(this, "tables", 0);
    __publicField(this, "rows", 0);
    __publicField(this, "tableDepth", 0);
  }
  open(name, attributes) {
    this.ctx.tick();
    const v = this.vocabulary;
    if (this.skipDepth > 0 || v.skip.has(name)) {
      this.skipDepth++;
      return;
    }
    if (v.paragraphs.has(name)) this.stack.push({ kind: "p", text: [] });
    else if (name === v.table) {
      this.tableDepth++;
      if (this.tableDepth === 1) {
        this.tables++;
        this.rows = 0;
      }
    } else if (name === v.row) {
      if (this.tableDepth <= 1 && !this.stack.some((f) => f.kind === "row")) this.rows++;
      this.stack.push({ kind: "row", cells: [] });
    } else if (v.cells.has(name) && this.top()?.kind === "row") this.stack.push({ kind: "cell", text: [] });
    else if (v.groups?.has(name)) this.stack.push({ kind: "group", name, text: [] });
    else if (v.textElements?.has(name)) this.textDepth++;
    else if (v.tabs.has(name)) this.append("	");
    else if (v.lineBreaks.has(name)) this.append("\n");
    else if (name === v.spaces) {
      const c = Number.parseInt(attribute(attributes, "c") ?? "1", 10);
      this.append(" ".repeat(Number.isFinite(c) ? Math.min(Math.max(c, 1), MAX_SPACES) : 1));
    }
  }
  close(name) {
    const v = this.vocabulary;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const top = this.top();
    if (v.paragraphs.has(name) && top?.kind === "p") {
      this.stack.pop();
      this.deliver(top.text.join(""), { kind: "paragraph" });
    } else if (name === v.table) {
      this.tableDepth = Math.max(0, this.tableDepth - 1);
    } else if (name === v.row && top?.kind === "row") {
      this.stack.pop();
      const text = top.cells.filter((c) => c.trim().length > 0).join("	");
      this.deliver(text, { kind: "row", table: this.tables, row: this.rows });
    } else if (v.cells.has(name) && top?.kind === "cell") {
      this.stack.pop();
      const row = this.top();
      if (row?.kind === "row") row.cells.push(top.text.join("").trim());
    } else if (v.groups?.has(name) && top?.kind === "group") {
      this.stack.pop();
      this.deliver(top.text.join(""), { kind: "group", name: top.name });
    } else if (v.textElements?.has(name)) {
      this.textDepth = Math.max(0, this.textDepth - 1);
    }
  }
  text(text) {
    if (this.skipDepth > 0) return;
    if (this.vocabulary.textElements && this.textDepth === 0) return;
    this.append(this.vocabulary.collapseWhiteSpace ? text.replace(/[ \t\r\n]+/g, " ") : text);
  }
  top() {
    return this.stack[this.stack.length - 1];
  }
  /** Adds text to the paragraph being read (text outside any paragraph is not content). */
  append(text) {
    const top = this.top();
    if (top?.kind === "p") top.text.push(text);
  }
  /** Hands a finished paragraph or row to the nearest cell or group, or emits it as a part. */
  deliver(text, place) {
    if (text.trim().length === 0) return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const f = this.stack[i];
      if (f.kind === "cell" || f.kind === "group") {
        if (f.text.length > 0) f.text.push("\n");
        f.text.push(text);
        return;
      }
      if (f.kind === "row") {
        f.cells.push(text.trim());
        return;
      }
    }
    this.emit(text, place);
  }
};

// src/core/attachments/extract/office.ts
var WORD_MAIN_PART = ["word", "document"].join("/") + ".xml";
function readXmlPart(zip, name, sink, ctx) {
  parseXml(zip.read(name), sink, ctx);
}
function forEachElement(zip, name, ctx, onElement) {
  readXmlPart(zip, name, { open: onElement, close() {
  }, text() {
  } }, ctx);
}
function readOptionalPart(parts, read) {
  try {
    read();
    return true;
  } catch (e) {
    if (e instanceof ExtractStop && e.reason === "malformed") {
      parts.markTruncated();
      return true;
    }
    if (e instanceof ExtractStop && e.reason === "too-large") {
      parts.markTruncated();
      return false;
    }
    throw e;
  }
}
function readRelationships(zip, relsName, ctx) {
  const out = /* @__PURE__ */ new Map();
  if (!zip.has(relsName)) return out;
  const base2 = relsName.replace(/_rels\/[^/]*$/, "");
  forEachElement(zip, relsName, ctx, (name, attributes) => {
    if (name !== "Relationship") return;
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    if (id === void 0 || target === void 0 || attribute(attributes, "TargetMode") === "External") return;
    out.set(id, { target: resolvePartName(base2, target), type: attribute(attributes, "Type") ?? "" });
  });
  return out;
}
function resolvePartName(base2, target) {
  const path = target.startsWith("/") ? target.slice(1) : base2 + target;
  const out = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
function numberedParts(zip, pattern) {
  const found = [];
  for (const e of zip.entries) {
    const m = pattern.exec(e.name);
    if (m) found.push({ name: e.name, n: Number(m[1] ?? 0) });
  }
  found.sort((a, b) => a.n - b.n || (a.name < b.name ? -1 : 1));
  return [...new Set(found.map((f) => f.name))];
}

// src/core/attachments/extract/docx.ts
var WORD = {
  paragraphs: /* @__PURE__ */ new Set(["p"]),
  table: "tbl",
  row: "tr",
  cells: /* @__PURE__ */ new Set(["tc"]),
  groups: /* @__PURE__ */ new Set(["footnote", "endnote", "comment", "hdr", "ftr"]),
  textElements: /* @__PURE__ */ new Set(["t", "delText"]),
  tabs: /* @__PURE__ */ new Set(["tab", "ptab"]),
  lineBreaks: /* @__PURE__ */ new Set(["br", "cr"]),
  // Properties hold no text (w:pPr's tab stops are w:tab too); mc:Fallback repeats a text box's text.
  skip: /* @__PURE__ */ new Set(["pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "instrText", "delInstrText", "Fallback", "fldData"])
};
var GROUP_WORDS = {
  footnote: "footnote",
  endnote: "endnote",
  comment: "comment"
};
function readDocx(zip, ctx) {
  const parts = new PartsBuilder(ctx);
  let paragraphs = 0;
  const counts = /* @__PURE__ */ new Map();
  const seenRepeated = /* @__PURE__ */ new Set();
  const emit = (text, place) => {
    switch (place.kind) {
      case "paragraph":
        parts.add(text, `paragraph ${++paragraphs}`);
        return;
      case "row":
        parts.add(text, `table ${place.table}, row ${place.row}`);
        return;
      case "group": {
        if (place.name === "hdr" || place.name === "ftr") {
          const key = `${place.name}:${text.trim()}`;
          if (seenRepeated.has(key)) return;
          seenRepeated.add(key);
          parts.add(text, place.name === "hdr" ? "the page header" : "the page footer");
          return;
        }
        const n = (counts.get(place.name) ?? 0) + 1;
        counts.set(place.name, n);
        parts.add(text, `${GROUP_WORDS[place.name] ?? place.name} ${n}`);
      }
    }
  };
  readUntilFull(() => {
    readXmlPart(zip, WORD_MAIN_PART, new FlowCollector(WORD, emit, ctx), ctx);
    const others = [
      ...numberedParts(zip, /^word\/header(\d*)\.xml$/),
      ...numberedParts(zip, /^word\/footer(\d*)\.xml$/),
      ...["word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"].filter((n) => zip.has(n))
    ];
    for (const name of others) {
      if (!readOptionalPart(parts, () => readXmlPart(zip, name, new FlowCollector(WORD, emit, ctx), ctx))) break;
    }
  });
  return parts.result("docx");
}

// src/core/attachments/extract/odt.ts
var ODF = {
  paragraphs: /* @__PURE__ */ new Set(["p", "h"]),
  table: "table",
  row: "table-row",
  cells: /* @__PURE__ */ new Set(["table-cell", "covered-table-cell"]),
  groups: /* @__PURE__ */ new Set(["note", "annotation", "header", "footer", "header-left", "footer-left", "header-first", "footer-first"]),
  tabs: /* @__PURE__ */ new Set(["tab"]),
  lineBreaks: /* @__PURE__ */ new Set(["line-break"]),
  spaces: "s",
  // A comment's author and date, and the styles' own declarations, are not the document's words.
  skip: /* @__PURE__ */ new Set(["creator", "date", "note-citation", "font-face-decls", "automatic-styles", "styles"]),
  collapseWhiteSpace: true
};
function readOdt(zip, ctx) {
  const parts = new PartsBuilder(ctx);
  let paragraphs = 0;
  let notes = 0;
  let comments = 0;
  const seen = /* @__PURE__ */ new Set();
  const emit = (text, place) => {
    if (place.kind === "paragraph") parts.add(text, `paragraph ${++paragraphs}`);
    else if (place.kind === "row") parts.add(text, `table ${place.table}, row ${place.row}`);
    else if (place.name === "note") parts.add(text, `footnote ${++notes}`);
    else if (place.name === "annotation") parts.add(text, `comment ${++comments}`);
    else {
      const header = place.name.startsWith("header");
      const key = `${header}:${text.trim()}`;
      if (seen.has(key)) return;
      seen.add(key);
      parts.add(text, header ? "the page header" : "the page footer");
    }
  };
  readUntilFull(() => {
    readXmlPart(zip, "content.xml", new FlowCollector(ODF, emit, ctx), ctx);
    if (zip.has("styles.xml")) {
      const inStyles = (text, place) => {
        if (place.kind === "group") emit(text, place);
      };
      readOptionalPart(parts, () => readXmlPart(zip, "styles.xml", new FlowCollector(ODF, inStyles, ctx), ctx));
    }
  });
  return parts.result("odt");
}

// src/core/attachments/extract/pptx.ts
var DRAWING = {
  paragraphs: /* @__PURE__ */ new Set(["p"]),
  table: "tbl",
  row: "tr",
  cells: /* @__PURE__ */ new Set(["tc"]),
  groups: /* @__PURE__ */ new Set(["cSld"]),
  textElements: /* @__PURE__ */ new Set(["t"]),
  tabs: /* @__PURE__ */ new Set(),
  lineBreaks: /* @__PURE__ */ new Set(["br"]),
  skip: /* @__PURE__ */ new Set(["fld", "Fallback", "pPr", "rPr", "endParaRPr"])
};
function slideOrder(zip, ctx) {
  const fallback = () => numberedParts(zip, /^ppt\/slides\/slide(\d+)\.xml$/);
  if (!zip.has("ppt/presentation.xml")) return fallback();
  const rels = readRelationships(zip, "ppt/_rels/presentation.xml.rels", ctx);
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  forEachElement(zip, "ppt/presentation.xml", ctx, (name, attributes) => {
    if (name !== "sldId") return;
    const rid = Object.entries(attributes).find(([k]) => k.endsWith(":id"))?.[1];
    const target = rid === void 0 ? void 0 : rels.get(rid)?.target;
    if (target && zip.has(target) && !seen.has(target)) {
      seen.add(target);
      order.push(target);
    }
  });
  return order.length > 0 ? order : fallback();
}
function notesOf(zip, slide, ctx) {
  const rels = readRelationships(zip, slide.replace(/([^/]+)$/, "_rels/$1.rels"), ctx);
  for (const rel of rels.values()) if (rel.type.endsWith("/notesSlide") && zip.has(rel.target)) return rel.target;
  return void 0;
}
function readPptx(zip, ctx) {
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    const slides = slideOrder(zip, ctx);
    for (let i = 0; i < slides.length; i++) {
      const n = i + 1;
      const slide = slides[i];
      let hidden = false;
      const read = () => {
        const collector = new FlowCollector(DRAWING, (text) => parts.add(text, hidden ? `slide ${n} (hidden)` : `slide ${n}`), ctx);
        const sink = {
          open(name, attributes) {
            if (name === "sld" && attribute(attributes, "show") === "0") hidden = true;
            collector.open(name, attributes);
          },
          close: (name) => collector.close(name),
          text: (t) => collector.text(t)
        };
        readXmlPart(zip, slide, sink, ctx);
      };
      if (i === 0) read();
      else if (!readOptionalPart(parts, read)) break;
      let notes;
      if (!readOptionalPart(parts, () => notes = notesOf(zip, slide, ctx))) break;
      if (notes === void 0) continue;
      const notesPart = notes;
      const readNotes = () => readXmlPart(zip, notesPart, new FlowCollector(DRAWING, (text) => parts.add(text, `the notes of slide ${n}`), ctx), ctx);
      if (!readOptionalPart(parts, readNotes)) break;
    }
  });
  return parts.result("pptx");
}

// src/core/attachments/extract/xlsx.ts
function sheetsOf(zip, ctx) {
  const rels = readRelationships(zip, "xl/_rels/workbook.xml.rels", ctx);
  const sheets = [];
  forEachElement(zip, "xl/workbook.xml", ctx, (name, attributes) => {
    if (name !== "sheet") return;
    const id = attribute(attributes, "id");
    const target = id === void 0 ? void 0 : rels.get(id)?.target;
    const part = target ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
    const state = attribute(attributes, "state");
    sheets.push({ name: attribute(attributes, "name") ?? `Sheet${sheets.length + 1}`, part, hidden: state === "hidden" || state === "veryHidden" });
  });
  return sheets;
}
function sharedStrings(zip, ctx) {
  const name = "xl/sharedStrings.xml";
  const strings = [];
  if (!zip.has(name)) return strings;
  let current;
  let inText = 0;
  let inPhonetic = 0;
  readXmlPart(
    zip,
    name,
    {
      open(tag) {
        ctx.tick();
        if (tag === "si") current = [];
        else if (tag === "rPh") inPhonetic++;
        else if (tag === "t") inText++;
      },
      close(tag) {
        if (tag === "si") {
          strings.push(current?.join("") ?? "");
          current = void 0;
        } else if (tag === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
        else if (tag === "t") inText = Math.max(0, inText - 1);
      },
      text(t) {
        if (current && inText > 0 && inPhonetic === 0) current.push(t);
      }
    },
    ctx
  );
  return strings;
}
function readSheet(zip, sheet, strings, parts, ctx) {
  const label = sheet.hidden ? `sheet \u201C${sheet.name}\u201D (hidden)` : `sheet \u201C${sheet.name}\u201D`;
  let rowNumber = 0;
  let cells = [];
  let cellType;
  let value = [];
  let inline = [];
  let inValue = false;
  let inInlineText = 0;
  let inPhonetic = 0;
  readXmlPart(
    zip,
    sheet.part,
    {
      open(tag, attributes) {
        ctx.tick();
        if (tag === "row") {
          const r = Number.parseInt(attribute(attributes, "r") ?? "", 10);
          rowNumber = Number.isFinite(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
        } else if (tag === "c") {
          cellType = attribute(attributes, "t");
          value = [];
          inline = [];
        } else if (tag === "v") inValue = true;
        else if (tag === "rPh") inPhonetic++;
        else if (tag === "t") inInlineText++;
      },
      close(tag) {
        if (tag === "v") inValue = false;
        else if (tag === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
        else if (tag === "t") inInlineText = Math.max(0, inInlineText - 1);
        else if (tag === "c") {
          const shown = cellText(cellType, value.join(""), inline.join(""), strings);
          if (shown.trim().length > 0) cells.push(shown.trim());
        } else if (tag === "row") {
          if (cells.length > 0) parts.add(cells.join("	"), `${label}, row ${rowNumber}`);
          cells = [];
        }
      },
      text(t) {
        if (inValue) value.push(t);
        else if (inInlineText > 0 && inPhonetic === 0) inline.push(t);
      }
    },
    ctx
  );
}
function cellText(type, value, inline, strings) {
  switch (type) {
    case "s": {
      const i = Number.parseInt(value, 10);
      return Number.isInteger(i) && i >= 0 && i < strings.length ? strings[i] : "";
    }
    case "inlineStr":
      return inline;
    case "b":
      return value === "1" ? "TRUE" : value === "0" ? "FALSE" : value;
    case "e":
      return "";
    // #N/A, #REF!: Excel's error codes, not the author's words
    default:
      return value;
  }
}
function readXlsx(zip, ctx) {
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    const sheets = sheetsOf(zip, ctx);
    const strings = sharedStrings(zip, ctx);
    let first = true;
    for (const sheet of sheets) {
      if (!zip.has(sheet.part)) {
        parts.markTruncated();
        continue;
      }
      if (first) {
        readSheet(zip, sheet, strings, parts, ctx);
        first = false;
        continue;
      }
      if (!readOptionalPart(parts, () => readSheet(zip, sheet, strings, parts, ctx))) break;
    }
    if (first && sheets.length > 0) throw new ExtractStop("malformed");
  });
  return parts.result("xlsx");
}

// src/core/attachments/extract/zip.ts
var EOCD = 101010256;
var EOCD64_LOCATOR = 117853008;
var EOCD64 = 101075792;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var RATIO_FLOOR = 1024 * 1024;
var SLICE2 = 8 * 1024;
function u162(b, at) {
  return b[at] | b[at + 1] << 8;
}
function u32(b, at) {
  return (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
}
function u64(b, at) {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (hi > 2097151) throw new ExtractStop("malformed");
  return hi * 4294967296 + lo;
}
function nameOf(b, isUtf8) {
  return isUtf8 ? utf8(b) : windows1252(b);
}
var ZipArchive = class _ZipArchive {
  constructor(bytes, entries, ctx) {
    this.bytes = bytes;
    this.entries = entries;
    this.ctx = ctx;
    __publicField(this, "byName", /* @__PURE__ */ new Map());
    __publicField(this, "unzipped", 0);
    for (const e of entries) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
  }
  /** Lists a zip's entries from its central directory (throws `ExtractStop`: malformed, bomb). */
  static open(bytes, ctx) {
    const n = bytes.length;
    if (n < 22) throw new ExtractStop("malformed");
    let eocd = -1;
    for (let i = n - 22; i >= 0 && i >= n - 22 - 65535; i--) {
      if (bytes[i] === 80 && u32(bytes, i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ExtractStop("malformed");
    let count = u162(bytes, eocd + 10);
    let cdOffset = u32(bytes, eocd + 16);
    if ((count === 65535 || cdOffset === 4294967295) && eocd >= 20 && u32(bytes, eocd - 20) === EOCD64_LOCATOR) {
      const at = u64(bytes, eocd - 12);
      if (at + 56 > n || u32(bytes, at) !== EOCD64) throw new ExtractStop("malformed");
      count = u64(bytes, at + 32);
      cdOffset = u64(bytes, at + 48);
    }
    if (count > ctx.limits.maxZipEntries) throw new ExtractStop("bomb", "entries");
    const entries = [];
    let p = cdOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > n || u32(bytes, p) !== CENTRAL) throw new ExtractStop("malformed");
      const flags = u162(bytes, p + 8);
      const method = u162(bytes, p + 10);
      let compressedSize = u32(bytes, p + 20);
      let size = u32(bytes, p + 24);
      const nameLength = u162(bytes, p + 28);
      const extraLength = u162(bytes, p + 30);
      const commentLength = u162(bytes, p + 32);
      let localOffset = u32(bytes, p + 42);
      const nameStart = p + 46;
      const extraStart = nameStart + nameLength;
      const next = extraStart + extraLength + commentLength;
      if (next > n) throw new ExtractStop("malformed");
      if (size === 4294967295 || compressedSize === 4294967295 || localOffset === 4294967295) {
        let q = extraStart;
        const extraEnd = extraStart + extraLength;
        while (q + 4 <= extraEnd) {
          const id = u162(bytes, q);
          const len = u162(bytes, q + 2);
          if (id === 1) {
            let r = q + 4;
            const end = Math.min(q + 4 + len, extraEnd);
            if (size === 4294967295 && r + 8 <= end) {
              size = u64(bytes, r);
              r += 8;
            }
            if (compressedSize === 4294967295 && r + 8 <= end) {
              compressedSize = u64(bytes, r);
              r += 8;
            }
            if (localOffset === 4294967295 && r + 8 <= end) localOffset = u64(bytes, r);
            break;
          }
          q += 4 + len;
        }
      }
      entries.push({
        name: nameOf(bytes.subarray(nameStart, extraStart), (flags & 2048) !== 0),
        flags,
        method,
        compressedSize,
        size,
        localOffset
      });
      p = next;
      ctx.tick(4);
    }
    return new _ZipArchive(bytes, entries, ctx);
  }
  has(name) {
    return this.byName.has(name);
  }
  entry(name) {
    return this.byName.get(name);
  }
  /** Whether any entry is encrypted. */
  get anyEncrypted() {
    return this.entries.some((e) => (e.flags & 1) !== 0 || e.method === 99);
  }
  /** The bytes of one entry (throws `ExtractStop`: encrypted, bomb, too-large, malformed, timeout). */
  read(name) {
    const e = this.byName.get(name);
    if (!e) throw new ExtractStop("malformed");
    const limits = this.ctx.limits;
    if ((e.flags & 1) !== 0 || e.method === 99) throw new ExtractStop("encrypted");
    if (e.size > RATIO_FLOOR && e.size > e.compressedSize * limits.maxZipRatio) throw new ExtractStop("bomb", "ratio");
    if (this.unzipped + e.size > limits.maxUnzippedBytes) {
      const ratio = (this.unzipped + e.size) / Math.max(1, this.bytes.length);
      throw new ExtractStop(ratio > limits.maxZipRatio ? "bomb" : "too-large", ratio > limits.maxZipRatio ? "ratio" : "unzipped");
    }
    const b = this.bytes;
    const at = e.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) throw new ExtractStop("malformed");
    const start = at + 30 + u162(b, at + 26) + u162(b, at + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ExtractStop("malformed");
    const data = b.subarray(start, end);
    this.ctx.check();
    let out;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new ExtractStop("malformed");
      out = data;
    } else if (e.method === 8) {
      out = inflateBounded(data, e.size, this.ctx);
    } else {
      throw new ExtractStop("malformed");
    }
    this.unzipped += e.size;
    return out;
  }
};
function inflateBounded(data, expected, ctx) {
  const out = new Uint8Array(expected);
  if (data.length === 0) {
    if (expected === 0) return out;
    throw new ExtractStop("malformed");
  }
  let written = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (written + chunk.length > expected) {
      over = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let i = 0; i < data.length && !over; i += SLICE2) {
    const end = Math.min(data.length, i + SLICE2);
    inflater.push(data.subarray(i, end), end === data.length);
    ctx.tick(256);
  }
  if (over) throw new ExtractStop("bomb", "lied");
  if (written !== expected) throw new ExtractStop("malformed");
  return out;
}

// src/core/attachments/extract/office-zip.ts
function documentKind(zip, ctx) {
  if (zip.has(WORD_MAIN_PART)) return "docx";
  if (zip.has("xl/workbook.xml")) return "xlsx";
  if (zip.has("ppt/presentation.xml") || zip.entries.some((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name))) return "pptx";
  const mimetype = zip.entry("mimetype");
  if (mimetype && mimetype.size <= 256) {
    const type = utf8(zip.read("mimetype")).trim();
    ctx.check();
    if (type === "application/vnd.oasis.opendocument.text" || type === "application/vnd.oasis.opendocument.text-template") return "odt";
    if (type.startsWith("application/vnd.oasis.opendocument.")) return "opendocument-other";
  }
  if (zip.has("content.xml") && zip.has("META-INF/manifest.xml")) return "odt";
  return void 0;
}
function readZipDocument(bytes, name, hint, ctx, known) {
  if (hint === "docx" || hint === "xlsx" || hint === "pptx" || hint === "odt") known.format = hint;
  const zip = ZipArchive.open(bytes, ctx);
  const kind = documentKind(zip, ctx);
  if (kind === void 0) {
    if (zip.anyEncrypted) return unreadable("encrypted", name, "unknown");
    if (hint === "docx" || hint === "xlsx" || hint === "pptx" || hint === "odt") throw new ExtractStop("malformed");
    return unreadable("unsupported", name, "unknown", { detail: "zip" });
  }
  if (kind === "opendocument-other") return unreadable("unsupported", name, "unknown", { detail: "opendocument-other" });
  known.format = kind;
  switch (kind) {
    case "docx":
      return readDocx(zip, ctx);
    case "xlsx":
      return readXlsx(zip, ctx);
    case "pptx":
      return readPptx(zip, ctx);
    default:
      return readOdt(zip, ctx);
  }
}

// src/core/attachments/extract/pdf.ts
var MAX_PDF_PAGES = 2e3;
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
async function readPdf(file, ctx) {
  const reader = ctx.limits.readPdf;
  if (typeof reader !== "function") return unreadable("unsupported", file.name, "pdf");
  ctx.check();
  let got;
  try {
    got = await reader(file.bytes, { maxPages: MAX_PDF_PAGES, maxChars: ctx.remainingChars, deadline: ctx.deadline, now: ctx.limits.now });
  } catch {
    got = void 0;
  }
  if (ctx.limits.now() > ctx.deadline) return unreadable("timeout", file.name, "pdf");
  switch (got?.kind) {
    case "pages":
      return pagesOf(got, file.name, ctx);
    case "encrypted":
    case "timeout":
    case "too-large":
      return unreadable(got.kind, file.name, "pdf");
    case "unavailable":
      return unreadable("unsupported", file.name, "pdf");
    default:
      return unreadable("malformed", file.name, "pdf");
  }
}
function pagesOf(got, name, ctx) {
  const pages = got.pages;
  if (!Array.isArray(pages) || pages.length === 0 || pages.length > MAX_PDF_PAGES) return unreadable("malformed", name, "pdf");
  const texts = [];
  let blank = true;
  for (const page of pages) {
    ctx.tick();
    if (typeof page !== "string") return unreadable("malformed", name, "pdf");
    const text = page.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
    if (blank && text.trim().length > 0) blank = false;
    texts.push(text);
  }
  if (blank) return unreadable("scanned", name, "pdf");
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => texts.forEach((text, i) => parts.add(text, `page ${i + 1}`)));
  if (got.truncated === true) parts.markTruncated();
  return parts.result("pdf");
}

// src/core/attachments/extract/plain-text.ts
function normalisedText(bytes) {
  return decodeText(bytes).text.replace(/\r\n?/g, "\n");
}
function readText(bytes, ctx) {
  const parts = new PartsBuilder(ctx);
  const text = normalisedText(bytes);
  ctx.check();
  readUntilFull(() => {
    let lineNo = 0;
    let first = 0;
    let block = [];
    const flush = () => {
      if (block.length === 0) return;
      const last = first + block.length - 1;
      parts.add(block.join("\n"), last === first ? `line ${first}` : `lines ${first}\u2013${last}`);
      block = [];
    };
    let at = 0;
    while (at <= text.length) {
      ctx.tick();
      const nl = text.indexOf("\n", at);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(at, end);
      lineNo++;
      if (line.trim().length === 0) flush();
      else {
        if (block.length === 0) first = lineNo;
        block.push(line);
      }
      if (nl < 0) break;
      at = nl + 1;
    }
    flush();
  });
  return parts.result("txt");
}
function delimiterOf(text) {
  const nl = text.indexOf("\n");
  const head = text.slice(0, nl < 0 ? Math.min(text.length, 65536) : Math.min(nl, 65536));
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "	"]) {
    let count = 0;
    let quoted2 = false;
    for (let i = 0; i < head.length; i++) {
      const ch = head[i];
      if (ch === '"') quoted2 = !quoted2;
      else if (!quoted2 && ch === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
function readCsv(bytes, ctx) {
  const parts = new PartsBuilder(ctx);
  const text = normalisedText(bytes);
  ctx.check();
  const delimiter = delimiterOf(text);
  const special = delimiter === "	" ? /["\n\t]/g : delimiter === ";" ? /["\n;]/g : /["\n,]/g;
  readUntilFull(() => {
    let row = 1;
    let fields = [];
    let field = [];
    let quoted2 = false;
    let i = 0;
    const n = text.length;
    const endField = () => {
      const value = field.join("").trim();
      if (value.length > 0) fields.push(value);
      field = [];
    };
    const endRow = () => {
      endField();
      if (fields.length > 0) parts.add(fields.join("	"), `row ${row}`);
      fields = [];
      row++;
    };
    while (i < n) {
      ctx.tick();
      const ch = text[i];
      if (quoted2) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field.push('"');
            i += 2;
            continue;
          }
          quoted2 = false;
          i++;
          continue;
        }
        const q = text.indexOf('"', i);
        const stop = q < 0 ? n : q;
        field.push(text.slice(i, stop));
        i = stop;
        continue;
      }
      if (ch === '"' && field.join("").trim().length === 0) {
        field = [];
        quoted2 = true;
        i++;
      } else if (ch === delimiter) {
        endField();
        i++;
      } else if (ch === "\n") {
        endRow();
        i++;
      } else {
        special.lastIndex = i + 1;
        const m = special.exec(text);
        const stop = m ? m.index : n;
        field.push(text.slice(i, stop));
        i = stop;
      }
    }
    if (field.length > 0 || fields.length > 0) endRow();
  });
  return parts.result("csv");
}

// src/core/attachments/extract/index.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 25 * 1024 * 1024,
  maxTextChars: 2e6,
  maxUnzippedBytes: 100 * 1024 * 1024,
  maxZipRatio: 200,
  maxZipEntries: 5e3,
  maxXmlDepth: 256,
  timeBudgetMs: 3e3
};
async function extractAttachment(file, limits) {
  const name = typeof file?.name === "string" ? file.name : "";
  try {
    const start = limits.now();
    return await extractAt(file, new ExtractContext(limits, start + limits.timeBudgetMs, 0));
  } catch (e) {
    if (e instanceof ExtractStop) return unreadable(e.reason, name, "unknown", { detail: e.detail });
    return unreadable("malformed", name, "unknown");
  }
}
function formatOfHint(hint) {
  switch (hint) {
    case void 0:
    case "zip":
    case "doc":
    case "xls":
    case "ppt":
    case "opendocument-other":
      return "unknown";
    default:
      return hint;
  }
}
async function extractAt(file, ctx) {
  const name = typeof file?.name === "string" ? file.name : "";
  const bytes = file?.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(0);
  const hint = nameHint(name, typeof file?.contentType === "string" ? file.contentType : void 0);
  const known = { format: formatOfHint(hint) };
  try {
    ctx.check();
    if (bytes.length > ctx.limits.maxFileBytes) {
      return unreadable("too-large", name, known.format, { size: bytes.length, limits: ctx.limits });
    }
    switch (magicOf(bytes)) {
      case "image":
        return unreadable("image", name, "image");
      case "pdf":
        return await readPdf({ ...file, name, bytes }, ctx);
      case "zip":
        return readZipDocument(bytes, name, hint, ctx, known);
      case "cfb": {
        const kinds = compoundKinds(bytes);
        if (isOutlookMessage(kinds, hint)) {
          known.format = "msg";
          return await readMsg(bytes, ctx, extractAt);
        }
        const verdict = compoundVerdict(kinds);
        const format = hint === "docx" || hint === "xlsx" || hint === "pptx" ? hint : "unknown";
        return unreadable(verdict.reason, name, format, { detail: verdict.detail });
      }
      case "rtf":
        known.format = "rtf";
        return readRtf(bytes, ctx);
    }
    if (hint === "pdf" || hasPdfHeaderNearStart(bytes)) return await readPdf({ ...file, name, bytes }, ctx);
    if (hint === "image") return unreadable("image", name, "image");
    if (hint === "eml" || hint === void 0 && looksLikeEmail(bytes)) {
      known.format = "eml";
      return await readEml(bytes, ctx, extractAt);
    }
    if (looksLikeText(bytes, hint === "txt" || hint === "csv")) {
      if (hint === "csv") {
        known.format = "csv";
        return readCsv(bytes, ctx);
      }
      known.format = "txt";
      return readText(bytes, ctx);
    }
    if (hint === "docx" || hint === "xlsx" || hint === "pptx" || hint === "odt" || hint === "rtf" || hint === "msg") {
      return unreadable("malformed", name, hint);
    }
    if (hint === "doc" || hint === "xls" || hint === "ppt") return unreadable("malformed", name, "unknown");
    return unreadable("unsupported", name, "unknown");
  } catch (e) {
    if (e instanceof ExtractStop) return unreadable(e.reason, name, known.format, { detail: e.detail });
    if (e instanceof TextFull) return unreadable("too-large", name, known.format);
    return unreadable("malformed", name, known.format);
  }
}

// src/core/check/regions.ts
function searchRegionsFrom(skipped) {
  return {
    quoted: skipped.filter((s) => s.reason === "quoted-reply").map(({ start, end }) => ({ start, end })),
    excluded: skipped.filter((s) => s.reason !== "quoted-reply").map(({ start, end }) => ({ start, end }))
  };
}

// src/core/content/acronyms/glossary.ts
var GLOSSARY_ENTRIES = [
  // Child protection process
  ["s47", "section 47 enquiry (a child protection investigation under section 47 of the Children Act 1989)", true],
  ["section 47", "a child protection investigation under section 47 of the Children Act 1989", true],
  ["s17", "section 17 (support for a child in need under the Children Act 1989)", true],
  ["section 17", "support for a child in need under section 17 of the Children Act 1989", true],
  ["s20", "section 20 (a child accommodated by the council with parental agreement, Children Act 1989)", true],
  ["section 20", "a child accommodated by the council with parental agreement (Children Act 1989)", true],
  ["s31", "section 31 (a care or supervision order, Children Act 1989)", true],
  ["s38", "section 38 (an interim care order, Children Act 1989)", true],
  ["s44", "section 44 (an emergency protection order, Children Act 1989)", true],
  ["s46", "section 46 (police protection, Children Act 1989)", true],
  ["ICPC", "Initial Child Protection Conference", true],
  ["RCPC", "Review Child Protection Conference", true],
  ["CPC", "Child Protection Conference", true],
  ["CP", "Child Protection", true],
  ["CPP", "Child Protection Plan", true],
  ["CPR", "Child Protection Register (now child protection plans)", true],
  ["CP-IS", "Child Protection Information Sharing system", true],
  ["CPIS", "Child Protection Information Sharing system", true],
  ["CIN", "Child in Need", true],
  ["CiN", "Child in Need", true],
  ["LAC", "Looked After Child (a child in the care of the council)", true],
  ["CLA", "Child Looked After (a child in the care of the council)", true],
  ["CiC", "Child in Care", true],
  ["CIC", "Child in Care", true],
  ["CSC", "Children's Social Care", false],
  ["MASH", "Multi-Agency Safeguarding Hub", true],
  ["SPA", "Single Point of Access", false],
  ["TAF", "Team Around the Family", true],
  ["TAC", "Team Around the Child", true],
  ["EHA", "Early Help Assessment", true],
  ["CAF", "Common Assessment Framework", true],
  ["NFA", "No Further Action", true],
  ["IRO", "Independent Reviewing Officer", true],
  ["PLO", "Public Law Outline (the pre-court stage of care proceedings)", true],
  ["EPO", "Emergency Protection Order", true],
  ["ICO", "Interim Care Order (in data protection: the Information Commissioner's Office)", false],
  ["SGO", "Special Guardianship Order", true],
  ["CAO", "Child Arrangements Order", true],
  ["PPO", "Police Protection Order", true],
  ["PR", "Parental Responsibility", false],
  ["LADO", "Local Authority Designated Officer (allegations against people who work with children)", true],
  ["SW", "Social Worker", false],
  ["FSW", "Family Support Worker", false],
  ["PA", "Personal Adviser (for care leavers)", false],
  ["IFA", "Independent Fostering Agency", false],
  ["LA", "Local Authority", false],
  ["UASC", "Unaccompanied Asylum-Seeking Child", true],
  ["NRM", "National Referral Mechanism (for victims of trafficking and modern slavery)", true],
  ["RHI", "Return Home Interview (after a child has been missing)", true],
  ["MFH", "Missing From Home", true],
  ["CME", "Children Missing Education", true],
  ["EHE", "Elective Home Education", false],
  ["CAFCASS", "Children and Family Court Advisory and Support Service", true],
  ["Cafcass", "Children and Family Court Advisory and Support Service", true],
  // Harm and exploitation
  ["CSE", "Child Sexual Exploitation", true],
  ["CCE", "Child Criminal Exploitation", true],
  ["CSA", "Child Sexual Abuse", true],
  ["CSAE", "Child Sexual Abuse and Exploitation", true],
  ["HSB", "Harmful Sexual Behaviour", true],
  ["FII", "Fabricated or Induced Illness", true],
  ["NAI", "Non-Accidental Injury", true],
  ["FGM", "Female Genital Mutilation", true],
  ["FM", "Forced Marriage", true],
  ["HBV", "Honour-Based Violence", true],
  ["HBA", "Honour-Based Abuse", true],
  ["DA", "Domestic Abuse", true],
  ["DV", "Domestic Violence", true],
  ["DVA", "Domestic Violence and Abuse", true],
  ["VAWG", "Violence Against Women and Girls", true],
  ["ACE", "Adverse Childhood Experience", false],
  ["IIOC", "Indecent Images of Children", true],
  ["DASH", "Domestic Abuse, Stalking and Harassment risk checklist", true],
  ["MARAC", "Multi-Agency Risk Assessment Conference (for high-risk domestic abuse)", true],
  ["MAPPA", "Multi-Agency Public Protection Arrangements (for managing violent and sexual offenders)", true],
  ["MATAC", "Multi-Agency Tasking and Coordination (for domestic abuse perpetrators)", true],
  ["DVDS", "Domestic Violence Disclosure Scheme (Clare's Law)", true],
  ["CSOD", "Child Sex Offender Disclosure scheme (Sarah's Law)", true],
  ["CSOR", "Child Sex Offender Review disclosure scheme (Sarah's Law)", true],
  ["IDVA", "Independent Domestic Violence Adviser", true],
  ["ISVA", "Independent Sexual Violence Adviser", true],
  ["DVPO", "Domestic Violence Protection Order", true],
  ["DVPN", "Domestic Violence Protection Notice", true],
  ["DAPO", "Domestic Abuse Protection Order", true],
  ["SHPO", "Sexual Harm Prevention Order", true],
  ["RSO", "Registered Sex Offender", true],
  ["SOIT", "Sexual Offences Investigation Trained officer", true],
  ["SARC", "Sexual Assault Referral Centre", true],
  ["ABE", "Achieving Best Evidence (a video-recorded police interview)", true],
  // Police and justice
  ["PNC", "Police National Computer", true],
  ["PND", "Police National Database", true],
  ["RUI", "Released Under Investigation", true],
  ["CAIT", "Child Abuse Investigation Team (police)", true],
  ["PPU", "Public Protection Unit (police)", true],
  ["CID", "Criminal Investigation Department (police)", true],
  ["PCSO", "Police Community Support Officer", false],
  ["DC", "Detective Constable", false],
  ["DS", "Detective Sergeant", false],
  ["DCI", "Detective Chief Inspector", false],
  ["CPS", "Crown Prosecution Service", true],
  ["YOT", "Youth Offending Team", true],
  ["YOS", "Youth Offending Service", true],
  ["YJS", "Youth Justice Service", true],
  ["YOI", "Young Offender Institution", true],
  ["HMP", "His Majesty's Prison", true],
  ["PSR", "Pre-Sentence Report", true],
  ["OASys", "Offender Assessment System (probation)", true],
  ["IOM", "Integrated Offender Management", true],
  ["CRN", "Crime Reference Number", true],
  // Reviews and partnerships
  ["LSCP", "Local Safeguarding Children Partnership", false],
  ["LSCB", "Local Safeguarding Children Board (now the safeguarding partnership)", false],
  ["HSCB", "Hertfordshire Safeguarding Children Board", false],
  ["SAB", "Safeguarding Adults Board", false],
  ["CSPR", "Child Safeguarding Practice Review", true],
  ["LCSPR", "Local Child Safeguarding Practice Review", true],
  ["SCR", "Serious Case Review", true],
  ["SAR", "Safeguarding Adults Review (or Subject Access Request)", false],
  ["DHR", "Domestic Homicide Review", true],
  ["SUDI", "Sudden Unexpected Death in Infancy", true],
  ["CDOP", "Child Death Overview Panel", true],
  ["SPOC", "Single Point of Contact", false],
  ["DSL", "Designated Safeguarding Lead", false],
  ["DDSL", "Deputy Designated Safeguarding Lead", false],
  ["DSP", "Designated Safeguarding Person", false],
  ["KCSIE", "Keeping Children Safe in Education (statutory guidance)", false],
  ["WTTSC", "Working Together to Safeguard Children (statutory guidance)", false],
  // Education
  ["SEN", "Special Educational Needs", false],
  ["SEND", "Special Educational Needs and Disabilities", false],
  ["SENCO", "Special Educational Needs Co-ordinator", false],
  ["SENCo", "Special Educational Needs Co-ordinator", false],
  ["SENDCo", "Special Educational Needs and Disabilities Co-ordinator", false],
  ["EHCP", "Education, Health and Care Plan", false],
  ["EHC", "Education, Health and Care", false],
  ["EHCNA", "Education, Health and Care Needs Assessment", false],
  ["SEMH", "Social, Emotional and Mental Health needs", false],
  ["PRU", "Pupil Referral Unit", false],
  ["AP", "Alternative Provision (education outside mainstream school)", false],
  ["EWO", "Education Welfare Officer", false],
  ["EWS", "Education Welfare Service", false],
  ["PEP", "Personal Education Plan (for a child in care)", true],
  ["VSH", "Virtual School Head (for children in care)", false],
  ["FSM", "Free School Meals", false],
  ["TA", "Teaching Assistant", false],
  ["SLT", "Senior Leadership Team (in health: Speech and Language Therapy)", false],
  ["NEET", "Not in Education, Employment or Training", false],
  ["CYP", "Children and Young People", false],
  ["YP", "Young Person", false],
  // Health
  ["CAMHS", "Child and Adolescent Mental Health Services", false],
  ["CMHT", "Community Mental Health Team", false],
  ["AMHP", "Approved Mental Health Professional", false],
  ["MHA", "Mental Health Act 1983", false],
  ["MCA", "Mental Capacity Act 2005", false],
  ["DoLS", "Deprivation of Liberty Safeguards", false],
  ["GP", "General Practitioner (family doctor)", false],
  ["HV", "Health Visitor", false],
  ["CPN", "Community Psychiatric Nurse", false],
  ["A&E", "Accident and Emergency department", false],
  ["ED", "Emergency Department", false],
  ["ICB", "Integrated Care Board (NHS)", false],
  ["CCG", "Clinical Commissioning Group (now Integrated Care Board)", false],
  ["OT", "Occupational Therapy / Occupational Therapist", false],
  ["SALT", "Speech and Language Therapy", false],
  ["ASD", "Autism Spectrum Disorder", false],
  ["ASC", "Autism Spectrum Condition (or Adult Social Care)", false],
  ["ADHD", "Attention Deficit Hyperactivity Disorder", false],
  ["FASD", "Foetal Alcohol Spectrum Disorder", false],
  ["DNA", "Did Not Attend (a missed appointment)", false],
  ["WNB", "Was Not Brought (a child not brought to an appointment)", true],
  ["HCP", "Health Care Professional", false],
  ["NAS", "Neonatal Abstinence Syndrome", true],
  // Data protection and information sharing
  ["GDPR", "General Data Protection Regulation", false],
  ["UKGDPR", "UK General Data Protection Regulation", false],
  ["DPA", "Data Protection Act 2018", false],
  ["DPO", "Data Protection Officer", false],
  ["DPIA", "Data Protection Impact Assessment", false],
  ["ISA", "Information Sharing Agreement", false],
  ["ISP", "Information Sharing Protocol", false],
  ["FOI", "Freedom of Information", false],
  ["ECHR", "European Convention on Human Rights", false],
  ["HRA", "Human Rights Act 1998", false],
  ["DBS", "Disclosure and Barring Service", false],
  // Other agencies
  ["DWP", "Department for Work and Pensions", false],
  ["UC", "Universal Credit", false],
  ["NOK", "Next of Kin", false],
  ["HMCTS", "His Majesty's Courts and Tribunals Service", false],
  ["CGL", "Change Grow Live (drug and alcohol service)", false],
  ["SSAFA", "Soldiers, Sailors, Airmen and Families Association (armed forces charity)", false]
];
var GLOSSARY = new Map(GLOSSARY_ENTRIES.map(([t, e]) => [t, e]));
var CASE_TERMS = new Set(GLOSSARY_ENTRIES.filter((e) => e[2]).map((e) => e[0]));
var GLOSSARY_BY_UPPER = new Map(
  GLOSSARY_ENTRIES.map(([t]) => [t.toUpperCase(), t])
);

// src/core/text/regex-scan.ts
function execNotAfter(re, text, rejectAt) {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!rejectAt(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
function isAsciiAlnumCode(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
}
function isAsciiDigitCode(c) {
  return c >= 48 && c <= 57;
}
function afterAsciiAlnum(text, start) {
  return start > 0 && isAsciiAlnumCode(text.charCodeAt(start - 1));
}
function afterAsciiLetter(text, start) {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}

// src/core/content/acronyms/not-jargon.ts
var WELL_KNOWN = new Set(
  "NHS UK GB EU USA UN BBC ITV TV ID OK ASAP PDF IT HR CV FAQ FYI ETA TBC TBA TBD AOB NB PS PPS RE FW FWD CC BCC MP PC DOB NI PIN SMS MMS URL WWW COVID GCSE MOT VAT HMRC CEO CFO NSPCC RSPCA MBE OBE CBE DIY ATM PTO RSVP AKA ETC IE EG VIP SOS Q&A GOV HM HMG PhD MSc BSc BA MA LLB JPEG PNG PPT XLS DOC DOCX ICT APP IOS USB WIFI CCTV DVD CD SIM QR LOL OMG AM PM ISBN ONS NICE OFSTED UNICEF".split(" ")
);

// src/core/content/acronyms/terms.ts
var TOKEN = /(?:([Ss])\.?(\d{1,3})(?![A-Za-z0-9&@])|([Ss]ection|SECTION)[ \u00a0](\d{1,3})(?![\d])|([A-Z][A-Za-z0-9&]*))/g;
function afterTokenChar(text, start) {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 38 || c === 64 || c === 46 || c === 95;
}
function capitals(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}
function glossaryKeyOf(token) {
  if (GLOSSARY.has(token)) return token;
  const caps = capitals(token);
  if (caps >= 2 && caps >= token.length - 1) {
    const key = GLOSSARY_BY_UPPER.get(token.toUpperCase());
    if (key !== void 0) return key;
  }
  if (token.length >= 3 && token.endsWith("s")) {
    const stem = token.slice(0, -1);
    if (capitals(stem) === stem.length || GLOSSARY.has(stem)) return glossaryKeyOf(stem);
  }
  return void 0;
}
function allCaps(s) {
  return s.length > 0 && capitals(s) === s.length;
}
function isLetterOrAmp(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 38;
}
function wordBefore(body, start) {
  let e = start;
  while (e > 0 && (body[e - 1] === " " || body[e - 1] === "	" || body[e - 1] === "," || body[e - 1] === ":")) e--;
  if (e === start || e === 0) return "";
  let s = e;
  while (s > 0 && start - s < 40 && isLetterOrAmp(body.charCodeAt(s - 1))) s--;
  return body.slice(s, e);
}
function wordAfter(body, end) {
  let s = end;
  while (s < body.length && (body[s] === " " || body[s] === "	" || body[s] === ",")) s++;
  if (s === end) return "";
  let e = s;
  while (e < body.length && e - end < 40 && isLetterOrAmp(body.charCodeAt(e))) e++;
  return body.slice(s, e);
}
function isShoutedNeighbour(word) {
  return word.length >= 2 && allCaps(word) && glossaryKeyOf(word) === void 0 && !WELL_KNOWN.has(word);
}
var WORD_TERMS = new Set(
  "SEND SALT MASH DASH ACE ED CAT PEP SAB SPA CAIT CAF UC LA TA AP PA FM DA OT SW".split(" ")
);
function findTerms(body, from, to, unknown) {
  const out = [];
  TOKEN.lastIndex = from;
  for (let m = execNotAfter(TOKEN, body, afterTokenChar); m !== null && m.index < to; m = execNotAfter(TOKEN, body, afterTokenChar)) {
    const start = m.index;
    let end = start + m[0].length;
    if (end > to) break;
    if (m[1] !== void 0) {
      const key2 = `s${m[2] ?? ""}`;
      if (GLOSSARY.has(key2)) out.push({ start, end, text: m[0], key: key2, known: true });
      continue;
    }
    if (m[3] !== void 0) {
      const key2 = `section ${m[4] ?? ""}`;
      if (GLOSSARY.has(key2)) out.push({ start, end, text: m[0], key: key2, known: true });
      continue;
    }
    const token = m[5] ?? "";
    const next = body.charCodeAt(end);
    if (next === 64 || next === 46 && /[A-Za-z]/.test(body[end + 1] ?? "")) continue;
    let key;
    if (next === 45) {
      const tail = /^-([A-Za-z]{1,6})(?![A-Za-z0-9])/.exec(body.slice(end, end + 8));
      const joined = tail ? glossaryKeyOf(`${token}-${tail[1] ?? ""}`) : void 0;
      if (joined !== void 0 && end + (tail?.[0].length ?? 0) <= to) {
        key = joined;
        end += tail?.[0].length ?? 0;
        TOKEN.lastIndex = end;
      }
    }
    if (token.length > 8 && key === void 0) continue;
    key ?? (key = glossaryKeyOf(token));
    const shouted = () => isShoutedNeighbour(wordBefore(body, start)) || isShoutedNeighbour(wordAfter(body, end));
    if (key !== void 0 && WORD_TERMS.has(key) && shouted()) {
      continue;
    }
    if (key !== void 0) {
      out.push({ start, end, text: body.slice(start, end), key, known: true });
    } else if (unknown !== void 0 && unknown(body, token, start, end)) {
      out.push({ start, end, text: token, key: token, known: false });
    }
  }
  return out;
}

// src/core/content/identifiers/regions.ts
var NO_REGIONS = { quoted: [], excluded: [] };
function spansOverlap(spans, start, end) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = spans[mid];
    if (s === void 0) break;
    if (s.end <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  const cand = spans[lo];
  return cand !== void 0 && cand.start < end && cand.end > start;
}
function regionOf(regions, start, end) {
  if (spansOverlap(regions.excluded, start, end)) return null;
  return { quoted: spansOverlap(regions.quoted, start, end) };
}

// src/core/text/unicode-data.ts
var UNICODE_CATEGORY_RUNS = "0W6k0h1A0g2A0V4b0c8b0e7c0b2b0d7b4b0b7d0b1x0b1h2y0b2i1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2c1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2c1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1c2b1b2b1b2d1c2b1b2b1c2b1d2c1e2b1c2b1d2d1c2b1c2b1b2b1b2b1c2b1b2c1b2b1c2b1d2b1b2b1c2c4b1b2d4e1b3b2b1b3b2b1b3b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2c1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2c1b3b2b1b2b1d2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2h1c2b1c2c1b2b1e2b1b2b1b2b1b2b1b2br4c2A4s0e4m0o4f0h4b0b4b0r5ci1b2b1b2b4b0b1b2b0c4b2d0b1b0g1b0b1d0b1b0b1c2b1r0b1j2J1b2c1d2d1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2f1b2b0b1b2b1c2c1Z2W1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b0b5h1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1c2b1b2b1b2b1b2b1b2b1b2b1b2c1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b0b1M0c4b0g2P0i5T0b5b0b5c0b5c0b5b0i4B0e4e0n8g0k5l0b8b0d4R5v6k0e4c5b4bV0b4b5h8b0b5g4c5c0b5e4c6k4d0c4b0p8b4b5b4E5B0c4bL5l4b0o6k4H5j4c0e4b0c5b0c4w5e4b5j4b5d4b5f0s4z5d0e4l0f4y0b4h8c0f5j4Q5y8b5H4bc5d4b5s4b5h4k5c0c6k0b4q5d0b4i0c4c0c4w0b4h0b4b0d4e0c5b4b5h0c5c0c5d4b0i5b0e4c0b4d5c0c6k4c0c7g0c4b0b5b0c5d0b4g0e4c0c4w0b4h0b4c0b4c0b4c0c5b0b5f0e5c0c5d0d5b0h4e0b4b0h6k5c4d5b0l5d0b4j0b4d0b4w0b4h0b4c0b4f0c5b4b5i0b5d0b5d0c4b0p4c5c0c6k0j4b5g0b5d0b4i0c4c0c4w0b4h0b4c0b4f0c5b4b5h0c5c0c5d0h5d0e4c0b4d5c0c6k0b4b7g0k5b4b0b4g0d4d0b4e0d4c0b4b0b4c0d4c0d4d0d4m0e5f0d5d0b5e0c4b0g5b0o6k7d0n5f4i0b4d0b4x0b4q0c5b4b5h0b5d0b5e0h5c0b4d0b4c0c4c5c0c6k0i7h0b4b5d0b4i0b4d0b4x0b4k0b4f0c5b4b5h0b5d0b5e0h5c0f4d0b4c5c0c6k0b4c5b0m5e4j0b4d0b4P5c4b5h0b5d0b5e4b0f4d5b7h4d5c0c6k7j0b4g0b5d0b4s0d4y0b4j0b4b0c4h0d5b0e5g0b5b0b5i0g6k0c5c0n4W5b4c5h0f4h5i0b6k0N4c0b4b0b4f0b4y0b4b0b4k5b4c5j4b0c4f0b4b0b5h0b6k0c4e0G4b0x5c0g6k7k0b5b0b5b0b5b0e5c4i0b4K0e5u0b5c4f5l0b5K0j5b0bf4R5u4b6k0g4g5e4e5d4b5d4c5h4d5e4n5m4b5b6k5e0c1M0b1b0f1b0c2R0b4b2d4gr0b4e0c4h0b4b0b4e0c4P0b4e0c4H0b4e0c4h0b4b0b4e0c4p0b4bf0b4e0c4bp0c5d0j7u0d4q0q1bI0c2g0d4lW0c4r0b4A0f4bx0d7d4i0h4s5e0j4t5d0l4s5c0m4n0b4d0b5c0m4ba5G0d4b0e4b5b0c6k0g7k0r5d8b5b6k0g4bL0h4f5c4I5b4b0f4bs0k4F0b5m0e5m0k6k4E0c4f0l4S0e4A0g6k7b0L4x5f0e4bb5k0b5D0c5b6k0g6k0n4b0i5U0c5m0u5f4V5r4i0d6k0r5j0m5d4E5n4c6k4S5o0m4K5u0i6k0d4d6k4K0c2j1b2b0f1R0c1d0q5d0b5v4e5b4g5b4c5d4b0f2S4bl2n4b2I4L5bm1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2j1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2j1i2g0c1g0c2i1i2i1i2g0c1g0c2i0b1b0b1b0b1b0b1b2i1i2o0c2i3i2i3i2i3i2f0b2c1e3b0b2b0d2d0b2c1e3b0d2e0c2c1e0e2i1f0f2d0b2c1e3b0o8f0A8f0X8f0b8k7b4b0c7g0f4b7k0g4n0Z5H0r1b0e1b0c2b1d2c1d2b0b1b0d1f0g1b0b1b0b1b0b1e0b2b1e2b4e2b0c2c1c0f1b2e0e2b0b7Z1b2b7f0nY7bi0bA7w0mg7E0vO1W2W1b2b1d2c1b2b1b2b1b2b1e2b1b2c1b2g4c1d2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2c0g1b2b1b2b5d1b2b0j7b0c2M0b2b0f2b0c4be0h4b0p5b4x0j4h0b4h0b4h0b4h0b4h0b4h0b4h0b4h0b5G0V4b0jb4c7b0z7j5g0b4f0c7d4c0e4bI0c5c0c4d0b4bM0b4e0f4R0b4bQ0d7e0k4G0W4q0G7k0E7i0b7p0G7k0N7p0gi4cwO0bm4ikf0bp4U0c4fj0d4q6k4c0u1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b4b5e0b5k0b4b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b4c5c4bs7k5c0L4j0c1b2b1b2b1b2b1b2b1b2b1b2b1b2d1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b4b2i1b2b1b2b1c2b1b2b1b2b1b2b1b2b4b0c1b2b1b2b4b1b2b1b2d1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1f2b1f2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1e2b1b2b1c2b1b2b1b2b1b2b1b2b1b2b1b2b1b2b1b0u4e1b2b4d2b4h5b4d5b4e5b4x5f0e5b0d7g0k4ba0m5c4Y5s0k6k0g5s4g0d4b0b4c5b6k4C5i0c4x5n0m4D0d5e4V5o0o4b6k0g4f5b4k6k4f0b4P5o0j4d5b4i5c0c6k0g4x0d4b5d4Y5b4b5d4c5c4f5c4b5b4b0y4d0c4l5f0c4d5c0k4g0c4g0c4g0j4h0b4h0b2R0b4e2j4b0g2bC4J5i0b5c0c6k0g4egS0m4x0e4X0dgC4hc0c4cc0M2h0m2f0f4b5b4k0b4n0b4f0b4b0b4c0b4c0b4ce0H4gZ0s4bm0c4bc0O4m0e5q0q5q0bm4f0b4cF0c8b0q6k0h1A0g2A0l4bL0d4g0c4g0c4g0c4d0C8d0e4m0b4A0b4t0b4c0b4p0c4o0I4ct0m7T0m7bf0r7c0cj5b0cA4D0d4X0p5b7B0e4G7e0j4u7b4i7b0f4M5f0f4E0c4K0e4i0b7f0Q1O2O4bA0c6k0g1K0e2K0e4O0i4ba0m1l0b1p0b1h0b1c0b2l0b2p0b2h0b2c0d4ba0m4fZ0j4w0k4i0y4g0b4Q0b4j0br4g0c4b0b4S0b4c0d4b0c4x0c7i4x0c7h4F0i7j0W4t0b4c0f7f4w7g0e4A0g4A0M4be0e7c4c7q0c7U4b5d0b5c0f5e4e0b4d0b4D0c5d0e5b7j0x4D7c0b4D7d0G4i0b4C5c0e7f0q4bc0k4w0c7i4t0f7i4s0x7h0bC4bv0bd1Z0n2Z0h7g4K5e0i6k0g6k4g1w0d5f0b4b2w0ek7F0b4Q0b5c0d4c0q4g0Y5g4D7k4b0i4w5l7e0B4s5e0Q4v7h0u4x0j5d4bb5p0l7u6k5b4c5c4b0j5e4T5l0c8b0e5b0k8b0c4z0h6k0g5d4K5o0b6k0e4b5c4b0i4J5b0c4b0j5d4W5o4e0e5e0b5c6k4b0b4b0e7u0l4s0b4z5m0g5b4c5b0bk4h0b4b0b4e0b4p0b4k0h4V5m0f6k0g5e0b4i0c4c0c4w0b4h0b4c0b4f0b5c4b5h0c5c0c5d0c4b0g5b0f4f5c0c5h0d5f0l4k0b4b0c4b0b4M0b4b5j0b5b0c5b0b5e0b5f4b5b4b0n5c0D4bb5s4e0f6k0e5b4d0E4W5u4c0b4b0i6k0dk4V5h0c5j0x4e5c0I4W5r0d4b0l6k0M4R5n4b0h6k0g6u0C4B0c5p0e6k7c0e4h0dD4S5p0bX1G2G6k7j0m4i0c4b0c4i0b4c0b4y5g0b5c0c5e4b5b4b5c0m6k0bs4i0c4N5h0c5h4b0b4b5b0B4b5k4O5h4b5e0i5b0i4b5l4U5q0d4b0s4bv0bZ5i0bK4H0p6k0g4j0b4L5i0b5i4b0p6k7t0f4E0c5w0b5o0bv4h0b4c0b4M5g0d5b0b5c0b5h4b5b0i6k0g4g0b4c0b4G5f0b5c0b5f4b0h6k0g4S0e6k0eM4t5e0j5c4b5b4n0b4I5h0d5f0n6k5b0bH4b0p7v0R4rM0bY7ch0r4dO0YK4bT0p4uG8q5b4g5p0k4byR0f4ll0cBD4E5s6k0Hs4kX0h4F0b6k0g4bB0b6k0g4E0c5f0l4W5h0j4e0m6k0b7h0b4v0f4t0iq4T0d6k0dQ1G2G7x0j1z0c2z0S4bx0e5b4b5bd0h5e4n0bm4c0b4b5b0l5c4c7d0j4cLY0P4G0bT4cl0dlr4e0b4h0b4c0b4fF0p4b0D4d0c4b0o4e0i4hG0Su4cd0f4n0d4j0h4k0d5c0b8e0bCm6k0jY5U0c5x0kw5f0d5g8i5i0c5h0E5e0cS5d0ct7u0m7u0ce7z0cF1A2A1A2h0b2s1A2A1b0b1c0c1b0c1c0c1e0b1i2e0b2b0b2h0b2l1A2A1c0b1e0c1i0b1h0b2A1c0b1e0b1f0b1b0d1h0b2A1A2A1A2A1A2A1A2A1A2A1A2C0c1z0b2z0b2g1z0b2z0b2g1z0b2z0b2g1z0b2z0b2g1z0b2z0b2g1b2b0c6Y0jS5bd0e5Y0i5b0o5b0w5f0b5p0vm2k4b2u0g2g0ef5h0b5r0c5h0b5c0b5f0f4bk0H5b0ci4T0d5h4h0c6k0e4b0gj4E5b0r4S5e6k0jc4C5e6k0eg4E5c4b6k0dP4F0b4d5b4c5b4h5c4f5b0i4c0eq4h0b4e0b4c0b4p0b4dP0c7j5h0P1I2I5h4b0e6k0pl7bh0b7d0b7e0by7T0b7p0dM4e0b4B0b4c0b4b0c4b0b4k0b4e0b4b0b4b0g4b0e4b0b4b0b4b0b4d0b4c0b4b0c4b0b4b0b4b0b4b0b4b0b4c0b4b0c4e0b4h0b4e0b4e0b4b0b4k0b4r0f4d0b4f0b4r0li7n0bbF6k0tQ4pPC0G4bGo0c4chc0c4cNL0p4lY0Vw4kw0CY4bQZ0f4dho0fbHd8b0E8bS0cy5eG0buBu";

// src/core/text/unicode.ts
var CAT_NONE = 0;
var CAT_LU = 1;
var CAT_LL = 2;
var CAT_LT = 3;
var CAT_LO = 4;
var CAT_M = 5;
var CAT_ND = 6;
var CAT_NO = 7;
var LETTER = 1 << CAT_LU | 1 << CAT_LL | 1 << CAT_LT | 1 << CAT_LO;
var MARK = 1 << CAT_M;
var NUMBER = 1 << CAT_ND | 1 << CAT_NO;
var starts;
var cats;
function decode() {
  const runs = [];
  const codes = [];
  const s = UNICODE_CATEGORY_RUNS;
  let at = 0;
  for (let i = 0; i < s.length; ) {
    const cat = s.charCodeAt(i++) - 48;
    let n = 0;
    for (let c = s.charCodeAt(i); i < s.length && !(c >= 48 && c <= 57); c = s.charCodeAt(++i)) n = n * 52 + (c >= 97 ? c - 97 : c - 65 + 26);
    runs.push(at);
    codes.push(cat);
    at += n;
  }
  starts = Uint32Array.from(runs);
  cats = Uint8Array.from(codes);
}
function unicodeCategory(cp) {
  if (cp < 128) return cp >= 97 && cp <= 122 ? CAT_LL : cp >= 65 && cp <= 90 ? CAT_LU : cp >= 48 && cp <= 57 ? CAT_ND : CAT_NONE;
  if (starts === void 0 || cats === void 0) decode();
  const s = starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (s[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return cats[lo];
}
function inCategories(cp, mask) {
  return (1 << unicodeCategory(cp) & mask) !== 0;
}
function codePointIn(text, i, mask) {
  const cp = text.codePointAt(i);
  return cp !== void 0 && inCategories(cp, mask);
}
function codePointLength(text, i) {
  const c = text.charCodeAt(i);
  if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 56320 && d <= 57343) return 2;
  }
  return 1;
}
function someCodePointIn(text, mask) {
  for (let i = 0; i < text.length; i += codePointLength(text, i)) if (codePointIn(text, i, mask)) return true;
  return false;
}
function fromFirstCodePointIn(text, mask) {
  let i = 0;
  while (i < text.length && !codePointIn(text, i, mask)) i += codePointLength(text, i);
  return i === 0 ? text : text.slice(i);
}

// src/core/text/word-sieve.ts
var SLOTS = 65536;
function slotOf(word) {
  const n = word.length;
  const h = Math.imul(n, 2654435761) ^ Math.imul(word.charCodeAt(0), 2246822507) ^ Math.imul(word.charCodeAt(n - 1), 3266489909);
  return (Math.imul(h ^ word.charCodeAt(1) << 8 ^ word.charCodeAt(n - 2) << 20, 668265263) ^ h) >>> 16;
}
function sieveOf(words) {
  const bits2 = new Uint32Array(SLOTS / 32);
  for (const w of words) {
    const slot = slotOf(w);
    bits2[slot >>> 5] = bits2[slot >>> 5] | 1 << (slot & 31);
  }
  return { bits: bits2 };
}
function mayHold(sieve, word) {
  const slot = slotOf(word);
  return (sieve.bits[slot >>> 5] & 1 << (slot & 31)) !== 0;
}

// src/core/content/special-category/phrase-matcher.ts
var PREFIX_TABLE = 65536;
function prefixSlot(lower) {
  return (Math.imul(lower.charCodeAt(0), 2654435761) ^ Math.imul(lower.charCodeAt(1), 2246822507)) >>> 16;
}
function newNode() {
  return { words: void 0, prefixIndex: void 0, shortPrefixes: void 0 };
}
function isWordChar(body, i) {
  const c = body.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  if (c >= 55296 && c <= 57343) return false;
  return inCategories(c, LETTER | NUMBER);
}
function isApostrophe(c) {
  return c === 39 || c === 8217;
}
var lastBody;
var lastWords = [];
var WORD_START = /[0-9A-Za-z\u0080-\uffff]/g;
var ASCII_RUN = /[0-9A-Za-z]*/y;
function nextWordStart(body, from) {
  const re = WORD_START;
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (body.charCodeAt(m.index) < 128 || isWordChar(body, m.index)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}
function runEnd(body, from) {
  const n = body.length;
  let i = from;
  for (; ; ) {
    ASCII_RUN.lastIndex = i;
    ASCII_RUN.exec(body);
    i = ASCII_RUN.lastIndex;
    if (i < n && body.charCodeAt(i) >= 128 && isWordChar(body, i)) i++;
    else return i;
  }
}
function wordsOf(body) {
  if (body === lastBody) return lastWords;
  const out = NON_ASCII_WORD_CHARACTER.test(body) ? wordsByRuns(body) : wordsOfAsciiText(body);
  lastBody = body;
  lastWords = out;
  return out;
}
var NON_ASCII_WORD_CHARACTER = /[^\x00-\x7f\u00a0\u00a3\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022]/;
var ASCII_WORD = /[0-9A-Za-z]+(?:&[0-9A-Za-z]+)*(?:['\u2019][0-9A-Za-z]{1,2}(?![0-9A-Za-z]))?/g;
function wordsOfAsciiText(body) {
  const out = [];
  const curly = body.includes("\u2019");
  const re = ASCII_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const text = curly ? m[0].replace(/\u2019/g, "'") : m[0];
    out.push({ start: m.index, end: m.index + m[0].length, text, lower: text.toLowerCase() });
  }
  return out;
}
function wordsByRuns(body) {
  const out = [];
  const n = body.length;
  const lowered = body.toLowerCase();
  const aligned = lowered.length === n;
  for (let start = nextWordStart(body, 0); start >= 0; ) {
    let i = runEnd(body, start);
    while (i + 1 < n && body.charCodeAt(i) === 38 && isWordChar(body, i + 1)) i = runEnd(body, i + 1);
    if (i + 1 < n && isApostrophe(body.charCodeAt(i)) && isWordChar(body, i + 1)) {
      let j = i + 1;
      while (j < n && j - i <= 3 && isWordChar(body, j)) j++;
      if (j - i <= 3) i = j;
    }
    let text = body.slice(start, i);
    let lower = aligned ? lowered.slice(start, i) : text.toLowerCase();
    if (text.includes("\u2019")) {
      text = text.replace(/\u2019/g, "'");
      lower = lower.replace(/\u2019/g, "'");
    }
    out.push({ start, end: i, text, lower });
    start = i < n ? nextWordStart(body, i) : -1;
  }
  return out;
}
function compilePhrases(entries) {
  const root = newNode();
  let maxWords = 1;
  for (const [phrase, value] of entries) {
    const trimmed = phrase.trim();
    const parts = /\s/.test(trimmed) ? trimmed.split(/\s+/) : [trimmed];
    maxWords = Math.max(maxWords, parts.length);
    let node = root;
    for (const raw of parts) {
      const exact = raw.charCodeAt(0) === 61;
      let word = exact ? raw.slice(1) : raw;
      const prefix = word.endsWith("*");
      if (prefix) word = word.slice(0, -1);
      if (word.includes("\u2019")) word = word.replace(/\u2019/g, "'");
      const key = word.toLowerCase();
      const stored = exact ? word : key;
      const list = prefix ? prefixBucket(node, key) : node.words?.get(key) ?? [];
      let edge = findEdge(list, stored, exact, prefix);
      if (!edge) {
        list.push(edge = { word: stored, exact, prefix, node: newNode() });
        if (!prefix) (node.words ?? (node.words = /* @__PURE__ */ new Map())).set(key, list);
      }
      node = edge.node;
    }
    node.value = value;
  }
  const startsWord = sieveOf(root.words?.keys() ?? []);
  const startsPrefix = new Uint32Array(PREFIX_TABLE / 32);
  root.prefixIndex?.forEach((bucket) => {
    for (const edge of bucket) {
      const slot = prefixSlot(edge.word.toLowerCase());
      startsPrefix[slot >>> 5] = startsPrefix[slot >>> 5] | 1 << (slot & 31);
    }
  });
  return { root, maxWords, startsWord, startsPrefix, shortRootPrefix: (root.shortPrefixes?.length ?? 0) > 0 };
}
function mayStart(matcher5, w) {
  const lower = w.lower;
  if (mayHold(matcher5.startsWord, lower) || matcher5.shortRootPrefix) return true;
  if (lower.length < PREFIX_KEY) return false;
  const slot = prefixSlot(lower);
  return (matcher5.startsPrefix[slot >>> 5] & 1 << (slot & 31)) !== 0;
}
function prefixBucket(node, key) {
  if (key.length < PREFIX_KEY) return node.shortPrefixes ?? (node.shortPrefixes = []);
  const k = prefixKey(key);
  const index = node.prefixIndex ?? (node.prefixIndex = /* @__PURE__ */ new Map());
  let bucket = index.get(k);
  if (!bucket) index.set(k, bucket = []);
  return bucket;
}
function findEdge(list, word, exact, prefix) {
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    if (e.word === word && e.exact === exact && e.prefix === prefix) return e;
  }
  return void 0;
}
var PREFIX_KEY = 2;
function prefixEdgeFor(node, w) {
  const bucket = node.prefixIndex !== void 0 && w.lower.length >= PREFIX_KEY ? node.prefixIndex.get(prefixKey(w.lower)) : void 0;
  if (bucket !== void 0) {
    for (let k = 0; k < bucket.length; k++) if (accepts(bucket[k], w)) return bucket[k];
  }
  const short = node.shortPrefixes;
  if (short !== void 0) {
    for (let k = 0; k < short.length; k++) if (accepts(short[k], w)) return short[k];
  }
  return void 0;
}
function prefixKey(lower) {
  return lower.charCodeAt(0) * 65536 + lower.charCodeAt(1);
}
function accepts(edge, w) {
  if (edge.prefix) return (edge.exact ? w.text : w.lower).startsWith(edge.word);
  return edge.exact ? w.text === edge.word : w.lower === edge.word;
}
function joins(body, from, to) {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160 && c !== 45 && c !== 8208 && c !== 8209) return false;
  }
  return true;
}
function matchPhrases(body, words, matcher5, from = 0, to = words.length) {
  const out = [];
  const end = Math.min(to, words.length);
  for (let i = from; i < end; ) {
    if (!mayStart(matcher5, words[i])) {
      i++;
      continue;
    }
    let node = matcher5.root;
    let bestEnd = -1;
    let bestValue;
    for (let j = i; j < end && j - i < matcher5.maxWords; j++) {
      const w = words[j];
      if (w === void 0) break;
      if (j > i) {
        const prev = words[j - 1];
        if (prev === void 0 || !joins(body, prev.end, w.start)) break;
      }
      let next;
      const edges = node.words?.get(w.lower);
      if (edges !== void 0) {
        for (let k = 0; k < edges.length && next === void 0; k++) if (accepts(edges[k], w)) next = edges[k].node;
      }
      if (next === void 0) next = prefixEdgeFor(node, w)?.node;
      if (next === void 0) break;
      node = next;
      if (node.value !== void 0) {
        bestEnd = j;
        bestValue = node.value;
      }
    }
    const first = words[i];
    const last = bestEnd >= 0 ? words[bestEnd] : void 0;
    if (first !== void 0 && last !== void 0 && bestValue !== void 0) {
      out.push({ start: first.start, end: last.end, text: body.slice(first.start, last.end), value: bestValue });
      i = bestEnd + 1;
    } else {
      i++;
    }
  }
  return out;
}

// src/core/content/topic-mention.ts
var TOPIC_NOUNS = new Set(
  "training|trainings|trainer|course|courses|conference|conferences|toolkit|toolkits|tool|tools|policy|policies|procedure|procedures|awareness|webinar|webinars|workshop|workshops|seminar|seminars|e-learning|elearning|module|modules|guidance|guide|strategy|strategies|week|month|day|forum|forums|network|networks|newsletter|newsletters|leaflet|leaflets|poster|posters|campaign|campaigns|champion|champions|lead|leads|coordinator|co-ordinator|subgroup|sub-group|board|partnership|framework|protocol|protocols|audit|audits|briefing|briefings|session|sessions|event|events|research|statistics|lecture|presentation|resources|resource|materials|curriculum|lesson|lessons|assembly|charity|charities|helpline|website|log|logs|register|registers|tracker|strategic|steering|operational".split("|")
);
var PERSON_WORDS = new Set(
  "he|she|him|her|his|hers|himself|herself|mum|mother|mom|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|child|children|son|daughter|baby|toddler|infant|boy|girl|brother|sister|sibling|siblings|grandma|grandmother|nan|nana|grandad|granddad|grandfather|aunt|uncle|cousin|boyfriend|girlfriend|husband|wife|family|pupil|student|victim|perpetrator|suspect|young|teenager|niece|nephew".split("|")
);
var SPECIFIC_PERSON_WORDS = new Set(
  "he|she|him|her|his|hers|himself|herself|mum|mother|mom|dad|father|stepdad|stepmum|stepfather|stepmother|son|daughter|baby|brother|sister|grandma|nan|nana|grandad|boyfriend|girlfriend|husband|wife".split("|")
);
var JOINERS = new Set(
  "and|or|from|care|home|awareness|prevention|support|response|safeguarding|abuse|violence|exploitation|harm|neglect|related|reduction|specialist|multi-agency|partnership".split("|")
);
function isTopicMention(body, start, end) {
  if (OF_A_GROUP.test(body.slice(end, end + 40))) return true;
  if (SPEAKERS_TALK.test(body.slice(Math.max(0, start - 60), start))) return true;
  if (hasTopicLead(body, start) && !sentenceMentionsPerson(body, start, end, SPECIFIC_PERSON_WORDS)) return true;
  let topical = false;
  for (const w of followingWords(body, end)) {
    if (TOPIC_NOUNS.has(w)) {
      topical = true;
      break;
    }
    if (!JOINERS.has(w)) return false;
  }
  return topical && !sentenceMentionsPerson(body, start, end);
}
function followingWords(body, end) {
  const limit = Math.min(body.length, end + 80);
  const out = [];
  let i = end;
  while (out.length < 3) {
    let s = i;
    while (s < limit && isJoiningMark(body.charCodeAt(s))) s++;
    if (s >= limit || !isLetter2(body.charCodeAt(s))) break;
    let e = s + 1;
    while (e < limit && isWordTail(body.charCodeAt(e))) e++;
    out.push(body.slice(s, e).toLowerCase());
    i = e;
  }
  return out;
}
function isJoiningMark(c) {
  return c === 32 || c === 38 || c === 45 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function isWordTail(c) {
  return isLetter2(c) || c === 39 || c === 45;
}
var SPEAKERS_TALK = /\b(?:her|his|their)\s+(?:talk|talks|session|sessions|presentation|input|slot|lecture|workshop|training|keynote)\s+(?:on|about|around|covering)\s+(?:[a-z'-]+\s+){0,3}$/i;
var OF_A_GROUP = /^\s+(?:in|among|amongst)\s+(?:(?:non-mobile|young|older|teenage|adolescent|school-age|pre-school|primary|secondary|under-\d+s?)\s+)?(?:babies|infants|children|young people|teenagers|adolescents|girls|boys|men|women|adults|families|pupils|students|under-\d+s|toddlers)\b/i;
var SENTENCE_REACH = 300;
var TERM_MODIFIERS = /* @__PURE__ */ new Set(["child", "children", "children's", "young", "youth", "teenage", "adolescent", "adult", "adults", "people's"]);
var isSentenceEnd = (c) => c === 46 || c === 33 || c === 63 || c === 10;
function sentenceMentionsPerson(body, start, end, people = PERSON_WORDS) {
  const before = /([A-Za-z']+)\s+$/.exec(body.slice(Math.max(0, start - 20), start));
  const termStart = before && TERM_MODIFIERS.has((before[1] ?? "").toLowerCase()) ? start - before[0].length : start;
  let from = termStart;
  while (from > 0 && termStart - from < SENTENCE_REACH && !isSentenceEnd(body.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < body.length && to - end < SENTENCE_REACH && !isSentenceEnd(body.charCodeAt(to))) to++;
  const around = `${body.slice(from, termStart)} ${body.slice(end, to)}`.toLowerCase();
  const words = around.match(/[a-z]+/g) ?? [];
  return words.some((w) => people.has(w));
}
var TOPIC_LEADS = new Set(
  "about|on|around|regarding|into|re|tackling|tackle|preventing|prevent|prevention|reducing|reduce|addressing|address|recognising|recognizing|recognise|recognize|identifying|identify|understanding|understand|responding|respond|awareness|combating|combatting|ending|end|challenging|discussing|exploring|covering|covers|cover|including|includes|themed|theme|topic|topics|focus|focusing|focussing|focused|focussed".split("|")
);
var LEAD_JOINERS = new Set(
  "the|a|an|of|and|to|child|children|children's|young|people|people's|adult|adults|impact|effects|effect|signs|risks|issues|issue|harms|forms|types|topic|topics|such|as|with|how|to|spot|what|is|are|related".split(
    "|"
  )
);
var TALK_WORDS = new Set(
  "talk|talks|talked|talking|slot|slots|stall|stand|speak|speaks|spoke|speaking|speaker|present|presents|presented|presenting|presentation|session|sessions|training|course|courses|webinar|webinars|workshop|workshops|seminar|seminars|briefing|briefings|guidance|policy|policies|information|advice|research|expert|expertise|learning|learn|lecture|conference|event|events|module|modules|article|articles|paper|papers|report|reports|leaflet|leaflets|resources|resource|toolkit|survey|consultation|strategy|campaign|work|working|group|subgroup|forum|network|newsletter|update|updates|bulletin|data|figures|statistics|audit|evidence|practice|discussion|week|month|day".split("|")
);
function hasTopicLead(body, start) {
  const words = wordsBefore(body, start, Math.max(0, start - 80), 6);
  for (let i = 0; i < words.length && i < 5; i++) {
    const w = words[i];
    if (TOPIC_LEADS.has(w)) {
      if (w === "on" || w === "about" || w === "around" || w === "into" || w === "regarding" || w === "re" || w === "including") {
        const prev = words[i + 1];
        return prev !== void 0 && TALK_WORDS.has(prev);
      }
      return true;
    }
    if (!LEAD_JOINERS.has(w)) return false;
  }
  return false;
}
var isLetter2 = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
function wordsBefore(body, end, from, max2) {
  const out = [];
  let i = end;
  while (out.length < max2) {
    while (i > from) {
      const c = body.charCodeAt(i - 1);
      if (isLetter2(c) || c === 39 || c === 45) break;
      i--;
    }
    if (i <= from) break;
    let j = i;
    while (j > from) {
      const c = body.charCodeAt(j - 1);
      if (isLetter2(c) || c === 39 || c === 45) j--;
      else break;
    }
    let s = j;
    while (s < i && !isLetter2(body.charCodeAt(s))) s++;
    if (s < i) out.push(body.slice(s, i).toLowerCase());
    i = j;
  }
  return out;
}

// src/core/content/case-vocabulary/vocabulary.ts
var CASE_VOCABULARY = [
  ...group("describes harm or abuse", [
    "hit her",
    "hit him",
    "hit them",
    "hit the child",
    "hit the baby",
    "hitting her",
    "hitting him",
    "hurt her",
    "hurt him",
    "was hurt",
    "been hurt",
    "got hurt",
    "threatened her",
    "threatened him",
    "threatened them",
    "threatened to kill",
    "was beaten",
    "been beaten",
    "shaken baby",
    "was attacked",
    "been attacked",
    "physically attacked",
    "left home alone",
    "left alone at home",
    "left unsupervised",
    "marks on her",
    "marks on his",
    "marks on their",
    "mark on her",
    "mark on his",
    "stab wound",
    "burn mark",
    "burn marks",
    "cigarette burn",
    "cigarette burns",
    "sexually abused",
    "verbal abuse",
    "black eye",
    "cut on her lip",
    "cut on his lip",
    "split lip",
    "taken her card",
    "took her card",
    "taken her money",
    "took her money",
    "touched her inappropriately",
    "touched him inappropriately",
    "touched them inappropriately",
    "touching her inappropriately",
    "touching him inappropriately",
    "inappropriate touching",
    "touched her private",
    "touched his private",
    "touched her privates",
    "touched his privates",
    "sexually touched",
    "sexual touching",
    "sexual activity with",
    "sexual contact with",
    "harm",
    "harmed",
    "harming",
    "significant harm",
    "risk of harm",
    "at risk of harm",
    "serious harm",
    "abuse",
    "abused",
    "abusing",
    "abusive",
    "abuser",
    "physical abuse",
    "emotional abuse",
    "sexual abuse",
    "psychological abuse",
    "financial abuse",
    "online abuse",
    "child abuse",
    "neglect",
    "neglected",
    "neglecting",
    "neglectful",
    "self neglect",
    "maltreatment",
    "ill treatment",
    "cruelty",
    "non accidental",
    "non accidental injury",
    "smacked",
    "smacking",
    "slapped",
    "punched",
    "kicked",
    "strangled",
    "strangulation",
    "choked",
    "beat her",
    "beat him",
    "threats to kill",
    "violence",
    "violent",
    "injured",
    "injury",
    "injuries",
    "bruise",
    "bruises",
    "bruised",
    "bruising",
    "burns",
    "burnt",
    "scald",
    "scalded",
    "fracture",
    "fractured",
    "bite mark",
    "bite marks",
    "cuts to",
    "wounds",
    "head injury",
    "unexplained injury",
    "unexplained injuries",
    "malnourished",
    "underweight",
    "unkempt",
    "soiled",
    "head lice",
    "home conditions",
    "poor home conditions",
    "dirty home",
    "left unsupervised",
    "home alone"
  ]),
  ...group("describes domestic abuse", [
    "domestic abuse",
    "domestic violence",
    "domestic incident",
    "domestic assault",
    "coercive control",
    "coercive and controlling",
    "controlling behaviour",
    "controlling behavior",
    "honour based",
    "honour based violence",
    "forced marriage",
    "stalking",
    "harassment",
    "non molestation",
    "non molestation order",
    "occupation order",
    "refuge"
  ]),
  ...group("describes exploitation", [
    "female genital cutting",
    "exploitation",
    "exploited",
    "exploiting",
    "sexual exploitation",
    "criminal exploitation",
    "county lines",
    "grooming",
    "groomed",
    "trafficking",
    "trafficked",
    "modern slavery",
    "cuckooing",
    "radicalisation",
    "radicalised",
    "radicalization",
    "radicalized",
    "sextortion",
    "female genital mutilation"
  ]),
  ...group("describes a disclosure or allegation", [
    "disclosed that",
    "disclosed to",
    "disclosure of abuse",
    "disclosure of harm",
    "witnessed domestic",
    "witnessed violence",
    "witnessed abuse",
    "disclosed",
    "made a disclosure",
    "has disclosed",
    "she disclosed",
    "he disclosed",
    "they disclosed",
    "allegation",
    "allegations",
    "alleged",
    "allegedly",
    "alleges",
    "victim",
    "victims",
    "perpetrator",
    "perpetrators"
  ]),
  ...group("describes self-harm or suicide risk", [
    "self harm",
    "self harming",
    "self harmed",
    "selfharm",
    "self injury",
    "suicidal",
    "suicide",
    "suicidal thoughts",
    "suicidal ideation",
    "overdose",
    "overdosed",
    "ligature",
    "cutting herself",
    "cutting himself",
    "cutting themselves"
  ]),
  ...group("names a safeguarding process", [
    "looked after children",
    "taken into care",
    "came into care",
    "in local authority care",
    "child at risk",
    "children at risk",
    "adult at risk",
    "adults at risk",
    "at risk of significant harm",
    "at risk of exploitation",
    "child protection",
    "child protection plan",
    "child protection conference",
    "child protection enquiry",
    "child protection investigation",
    "strategy discussion",
    "strategy meeting",
    "section 47",
    "section 17",
    "section 20",
    "child in need",
    "children in need",
    "child in need plan",
    "looked after child",
    "child looked after",
    "taken into care",
    "care order",
    "interim care order",
    "care proceedings",
    "supervision order",
    "emergency protection order",
    "police protection",
    "special guardianship",
    "kinship care",
    "foster placement",
    "placement breakdown",
    "core group",
    "core group meeting",
    "case conference",
    "single assessment",
    "child and family assessment",
    "early help assessment",
    "safeguarding concern",
    "safeguarding concerns",
    "safeguarding referral",
    "welfare concern",
    "welfare concerns",
    "welfare check",
    "safe and well check",
    "safeguarding adult review",
    "safeguarding practice review",
    "serious case review",
    "domestic homicide review",
    "lado referral",
    "allegation against",
    "allegations against",
    "missing from home",
    "missing from care",
    "missing episode",
    "missing episodes",
    "went missing",
    "reported missing",
    "return home interview",
    "missing from education",
    "safety plan",
    "contextual safeguarding",
    "prevent referral",
    "channel panel",
    "public law outline",
    "pre proceedings",
    "family court",
    "contact arrangements",
    "supervised contact",
    "parental responsibility",
    "unaccompanied asylum seeking",
    "unaccompanied minor"
  ])
];
var NOT_CASE_VOCABULARY = [
  "no harm",
  "no harm done",
  "do no harm",
  "does no harm",
  "did no harm",
  "any harm in",
  "harm in asking",
  "abuse of process",
  "abuse of power",
  "abuse of the system",
  "abuse of position",
  "in care homes",
  "disclosed in the annual",
  "risk of harm to the project"
];
function group(why, phrases) {
  return phrases.map((p) => [p, why]);
}

// src/core/content/case-vocabulary/index.ts
var matcher;
function vocabularyMatcher() {
  matcher ?? (matcher = compilePhrases([...CASE_VOCABULARY, ...NOT_CASE_VOCABULARY.map((p) => [p, ""])]));
  return matcher;
}
function findCaseVocabulary(body, regions, words) {
  const out = [];
  for (const m of matchPhrases(body, words ?? wordsOf(body), vocabularyMatcher())) {
    if (m.value === "") continue;
    if (isTopicMention(body, m.start, m.end)) continue;
    const where = regionOf(regions, m.start, m.end);
    if (where === null) continue;
    out.push({ start: m.start, end: m.end, text: m.text, why: m.value, quoted: where.quoted });
  }
  const phraseHits = out.slice();
  for (const t of findTerms(body, 0, body.length)) {
    if (!t.known || !CASE_TERMS.has(t.key)) continue;
    if (spansOverlap(phraseHits, t.start, t.end)) continue;
    if (isTopicMention(body, t.start, t.end)) continue;
    const where = regionOf(regions, t.start, t.end);
    if (where === null) continue;
    const why = `safeguarding term: ${t.key}`;
    out.push({ start: t.start, end: t.end, text: t.text, why, quoted: where.quoted });
  }
  return out.sort((a, b) => a.start - b.start);
}

// src/core/content/identifiers/dates.ts
var MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var NUMERIC_DMY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)/g;
var NUMERIC_YMD = /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d|[/.-]\d)/g;
var TEXT_DMY = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \\u00a0-]${MONTH}\\.?,?[ \\u00a0-]'?(\\d{4}|\\d{2})(?![A-Za-z0-9])`,
  "gi"
);
var TEXT_MDY = new RegExp(
  `${MONTH}\\.?[ \\u00a0](\\d{1,2})(?:st|nd|rd|th)?,?[ \\u00a0](\\d{4})(?![A-Za-z0-9])`,
  "gi"
);
function afterDigitRun(text, start) {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (isAsciiDigitCode(c)) return true;
  return (c === 47 || c === 46 || c === 45) && start > 1 && isAsciiDigitCode(text.charCodeAt(start - 2));
}
function monthOf(name) {
  const key = name.slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1;
}
function plausible(day, month, year, yearDigits) {
  if (month < 1 || month > 12 || day < 1) return false;
  const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return false;
  return yearDigits === 2 || year >= 1900 && year <= 2099;
}
function findDates(body) {
  const found = [];
  const push = (m, day, month, yearText, monthFirstOk = false) => {
    let d = day;
    let mo = month;
    if (monthFirstOk && mo > 12 && d <= 12) [d, mo] = [mo, d];
    const year = Number(yearText);
    if (!plausible(d, mo, year, yearText.length)) return;
    found.push({ start: m.index, end: m.index + m[0].length, day: d, month: mo, year });
  };
  const run = (re, rejectAt, each) => {
    re.lastIndex = 0;
    for (let m = execNotAfter(re, body, rejectAt); m !== null; m = execNotAfter(re, body, rejectAt)) each(m);
  };
  run(NUMERIC_DMY, afterDigitRun, (m) => push(m, Number(m[1]), Number(m[3]), m[4] ?? "", true));
  run(NUMERIC_YMD, afterDigitRun, (m) => push(m, Number(m[4]), Number(m[3]), m[1] ?? ""));
  run(TEXT_DMY, afterAsciiAlnum, (m) => push(m, Number(m[1]), monthOf(m[2] ?? ""), m[3] ?? ""));
  run(TEXT_MDY, afterAsciiAlnum, (m) => push(m, Number(m[2]), monthOf(m[1] ?? ""), m[3] ?? ""));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last !== void 0 && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

// src/core/content/identifiers/date-of-birth.ts
var CUE_WINDOW = 48;
var MAX_GAP = 36;
var CUE_BEFORE = /(?:d\.\s?o\.\s?b\.?|dob'?s?|dates? of birth|date-of-birth|birth ?date|birthday|born|b\.)(?![A-Za-z])/gi;
var CUE_AFTER = /^ ?[([] ?(?:d\.\s?o\.\s?b\.?|dob|date of birth)(?![A-Za-z])/i;
var CUE_GAP_BLOCK = /[.!?;]\s|\b(?:seen|saw|visit|visited|visiting|meeting|met|appointment|referr\w{0,4}|since|until|till|attended|attend|admitted|started|start|incident|died|moved|due|expected|today|yesterday|dated|sent|received|last|next|party|celebration|card|present)\b/i;
var CHAIN_GAP_BLOCK = new RegExp(`${CUE_GAP_BLOCK.source}|\\b(?:on|to|from|at|by|in)\\b|[-\u2013]\\s*$`, "i");
function gapLinks(gap, block) {
  if (gap.length > MAX_GAP || block.test(gap)) return false;
  return !gap.includes("\n") || /^[\s:\-–(\[]*$/.test(gap);
}
function cuedBefore(body, date, previousDateEnd) {
  const from = Math.max(0, date.start - CUE_WINDOW);
  const before = body.slice(from, date.start);
  let lastEnd = -1;
  let lastText = "";
  CUE_BEFORE.lastIndex = 0;
  for (let m = execNotAfter(CUE_BEFORE, before, afterAsciiLetter); m !== null; m = execNotAfter(CUE_BEFORE, before, afterAsciiLetter)) {
    lastEnd = m.index + m[0].length;
    lastText = m[0];
  }
  if (lastEnd < 0 || from + lastEnd < previousDateEnd) return false;
  const gap = before.slice(lastEnd);
  if (lastText.toLowerCase() === "b.") return /^\s?$/.test(gap);
  return gapLinks(gap, CUE_GAP_BLOCK);
}
function findDatesOfBirth(body) {
  const out = [];
  let previousDobEnd = -1;
  let previousDateEnd = -1;
  for (const date of findDates(body)) {
    let dob = cuedBefore(body, date, previousDateEnd) || CUE_AFTER.test(body.slice(date.end, date.end + 24));
    if (!dob && previousDobEnd >= 0) dob = gapLinks(body.slice(previousDobEnd, date.start), CHAIN_GAP_BLOCK);
    if (dob) {
      out.push({ type: "date-of-birth", start: date.start, end: date.end });
      previousDobEnd = date.end;
    } else {
      previousDobEnd = -1;
    }
    previousDateEnd = date.end;
  }
  return out;
}

// src/core/text/chars.ts
function isSpaceCode(c) {
  if (c === 32 || c >= 9 && c <= 13) return true;
  if (c < 128) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8203 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function codePointAt(text, i) {
  return text.codePointAt(i) ?? -1;
}
function isUpperAt(text, i) {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return unicodeCategory(codePointAt(text, i)) === CAT_LU;
}
function isLowerAt(text, i) {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return unicodeCategory(codePointAt(text, i)) === CAT_LL;
}
function isLetterAt(text, i) {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 || c >= 97 && c <= 122;
  if (c >= 56320 && c <= 57343 && i > 0) {
    const prev = text.charCodeAt(i - 1);
    if (prev >= 55296 && prev <= 56319) return inCategories(codePointAt(text, i - 1), LETTER);
  }
  return inCategories(codePointAt(text, i), LETTER);
}
function isAsciiDigitAt(text, i) {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
function isWordCharAt(text, i) {
  if (isLetterAt(text, i)) return true;
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return unicodeCategory(codePointAt(text, i)) === CAT_ND;
}
function hasWordChar(text, start, end) {
  for (let i = start; i < end; i++) if (isWordCharAt(text, i)) return true;
  return false;
}
function skipSpaceForward(text, start, end) {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
function trimSpaceBackward(text, start, end) {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

// src/core/text/lines.ts
var LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;
function splitLines(text, from = 0, to = text.length) {
  const lines = [];
  let start = from;
  const re = LINE_BREAK;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    lines.push(makeLine(text, start, m.index));
    start = Math.min(m.index + m[0].length, to);
    if (start === to) break;
  }
  lines.push(makeLine(text, start, to));
  return lines;
}
function makeLine(text, start, end) {
  const contentStart = skipSpaceForward(text, start, end);
  return { start, end, contentStart, contentEnd: trimSpaceBackward(text, contentStart, end) };
}
function isBlankLine(line) {
  return line.contentStart >= line.contentEnd;
}
function lineText(text, line, max2 = 400) {
  return text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + max2));
}

// src/core/text/line-ranges.ts
function nextNonBlank(lines, k, to) {
  let i = k;
  while (i < to) {
    const l = lines[i];
    if (l !== void 0 && !isBlankLine(l)) return i;
    i++;
  }
  return to;
}
function regionOfLines(lines, first, last, reason) {
  let a = first;
  let b = last;
  while (a <= b && isBlankAt(lines, a)) a++;
  while (b >= a && isBlankAt(lines, b)) b--;
  const fl2 = lines[a];
  const ll = lines[b];
  if (a > b || fl2 === void 0 || ll === void 0) return null;
  return { start: fl2.contentStart, end: ll.contentEnd, reason };
}
function isBlankAt(lines, k) {
  const l = lines[k];
  return l === void 0 || isBlankLine(l);
}

// src/core/text/quoted-reply.ts
var TIME = /\d{1,2}:\d{2}/u;
function scanQuotedReply(body, lines) {
  const inline = [];
  const fields = new HeaderFields(body, lines);
  const n = lines.length;
  let k = 0;
  while (k < n) {
    const line = lines[k];
    if (line === void 0 || isBlankLine(line)) {
      k++;
      continue;
    }
    if (isQuoteLine(body, line)) {
      const last = quoteRunEnd(body, lines, k);
      inline.push({ first: k, last });
      k = last + 1;
      continue;
    }
    const wroteEnd = wroteAttributionEnd(body, lines, k);
    if (wroteEnd >= 0) {
      const next = nextNonBlank(lines, wroteEnd + 1, n);
      const nextLine = lines[next];
      if (nextLine !== void 0 && isQuoteLine(body, nextLine)) {
        const last = quoteRunEnd(body, lines, next);
        inline.push({ first: k, last });
        k = last + 1;
        continue;
      }
      return { inline, tail: k };
    }
    if (isChainSeparator(body, lines, k, fields) || isHeaderBlock(lines, k, fields)) return { inline, tail: k };
    k++;
  }
  return { inline, tail: n };
}
function isQuoteLine(body, line) {
  if (line.contentStart >= line.contentEnd || body.charCodeAt(line.contentStart) !== 62) return false;
  const next = line.contentStart + 1;
  if (next >= line.contentEnd) return true;
  const c = body.charAt(next);
  return !(isAsciiDigitAt(body, next) || c === "=" || c === "<");
}
function quoteRunEnd(body, lines, k) {
  let last = k;
  for (let m = k + 1; m < lines.length; m++) {
    const l = lines[m];
    if (l === void 0) break;
    if (isBlankLine(l)) continue;
    if (!isQuoteLine(body, l)) break;
    last = m;
  }
  return last;
}
var WROTE_ENDINGS = ["wrote:", "wrote :", "writes:", "a \xE9crit :", "a \xE9crit:", "schrieb:"];
function endsWithWrote(lower) {
  let end = lower.length;
  while (end > 0 && " 	*_".includes(lower.charAt(end - 1))) end--;
  const t = lower.slice(0, end);
  return WROTE_ENDINGS.some((e) => t.endsWith(e));
}
function wroteAttributionEnd(body, lines, k) {
  const first = lines[k];
  if (first === void 0) return -1;
  const head = lineText(body, first, 400).toLowerCase();
  if (head.startsWith("on ") || head.startsWith("le ") || head.startsWith("am ")) {
    let stamped = false;
    for (let m = k; m < k + 3 && m < lines.length; m++) {
      const l = lines[m];
      if (l === void 0 || isBlankLine(l)) break;
      const t = lineText(body, l, 400).toLowerCase();
      if (TIME.test(t) || t.includes("@") || t.includes("<")) stamped = true;
      if (endsWithWrote(t)) return stamped ? m : -1;
    }
    return -1;
  }
  if (endsWithWrote(head) && (head.includes("@") || head.includes("<"))) return k;
  return -1;
}
function isChainSeparator(body, lines, k, fields) {
  const line = lines[k];
  if (line === void 0 || line.contentEnd - line.contentStart > 120) return false;
  const raw = lineText(body, line, 120);
  const core = raw.replace(/^[-_=*\s]+/u, "").replace(/[-_=*\s]+$/u, "").toLowerCase();
  const decorated = core.length < raw.length;
  if (core === "begin forwarded message:" || core === "begin forwarded message") return true;
  if (decorated && /^(original message|forwarded message|original e-?mail|message d'origine|forwarded e-?mail)\s*:?$/u.test(core)) return true;
  if (core.length === 0 && /^_{8,}$/u.test(raw)) {
    const next = nextNonBlank(lines, k + 1, Math.min(lines.length, k + 4));
    return next < lines.length && fields.field(next) !== null;
  }
  return false;
}
var HEADER_KEYS = /* @__PURE__ */ new Set(["from", "sent", "date", "to", "cc", "bcc", "subject", "reply-to", "importance", "attachments"]);
var HeaderFields = class {
  constructor(body, lines) {
    this.body = body;
    this.lines = lines;
    __publicField(this, "cache", /* @__PURE__ */ new Map());
  }
  /** The header field on line `k`, or null. (Not named `at`, so that a scan for ES2022's Array#at stays simple.) */
  field(k) {
    let f = this.cache.get(k);
    if (f === void 0) {
      const l = this.lines[k];
      f = l === void 0 ? null : headerField(this.body, l);
      this.cache.set(k, f);
    }
    return f;
  }
};
function isReplyHeaderLine(line) {
  const t = line.replace(/^[\s>]+/, "");
  return headerFieldOf(t) !== null || endsWithWrote(t.toLowerCase());
}
function headerField(body, line) {
  return headerFieldOf(lineText(body, line, 600));
}
function headerFieldOf(t) {
  const m = /^[*_\s]*([A-Za-z-]{2,12})[*_]*\s*:[*_]*\s*/u.exec(t);
  if (m === null || m[1] === void 0) return null;
  const key = m[1].toLowerCase();
  return HEADER_KEYS.has(key) ? { key, value: t.slice(m[0].length) } : null;
}
function isHeaderBlock(lines, k, fields) {
  const from = fields.field(k);
  if (from === null || from.key !== "from") return false;
  const keys = /* @__PURE__ */ new Set();
  let dateValue = "";
  const inline = /(?:^|\s|\*)(sent|date|to|cc|subject)\*?:/giu;
  for (let m = inline.exec(from.value); m !== null; m = inline.exec(from.value)) {
    const key = (m[1] ?? "").toLowerCase();
    keys.add(key);
    if (key === "sent" || key === "date") dateValue = from.value.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
  }
  let continuation = 0;
  for (let m = k + 1; m < lines.length && m <= k + 15; m++) {
    const l = lines[m];
    if (l === void 0) break;
    if (isBlankLine(l)) continue;
    const f = fields.field(m);
    if (f === null) {
      if (keys.has("subject") || ++continuation > 3) break;
      continue;
    }
    keys.add(f.key);
    if (f.key === "sent" || f.key === "date") dateValue = f.value;
  }
  const fromHasAddress = /[@<]|mailto:/iu.test(from.value);
  const dated = keys.has("sent") || keys.has("date") && (TIME.test(dateValue) || fromHasAddress);
  return dated && (keys.has("to") || keys.has("subject") || keys.has("cc"));
}

// src/core/content/identifiers/email.ts
var MAX_LOCAL = 64;
var MAX_DOMAIN = 253;
function isLocalChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}
function isDomainChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || c === 46;
}
function validDomain(domain) {
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith("-") || label.endsWith("-")) return false;
  }
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1] ?? "");
}
function findEmails(body) {
  const out = [];
  let lastEnd = 0;
  for (let at = body.indexOf("@"); at >= 0; at = body.indexOf("@", at + 1)) {
    let s = at;
    while (s > lastEnd && at - s < MAX_LOCAL && isLocalChar(body.charCodeAt(s - 1))) s--;
    while (s < at && (body.charCodeAt(s) === 46 || body.charCodeAt(s) === 39)) s++;
    if (s === at || body.charCodeAt(at - 1) === 46 || body.charCodeAt(s - 1) === 64) continue;
    let e = at + 1;
    while (e < body.length && e - at <= MAX_DOMAIN && isDomainChar(body.charCodeAt(e))) e++;
    while (e > at + 1 && (body.charCodeAt(e - 1) === 46 || body.charCodeAt(e - 1) === 45)) e--;
    if (!validDomain(body.slice(at + 1, e))) continue;
    if (body.charCodeAt(e) === 64) continue;
    lastEnd = e;
    at = e - 1;
    if (onReplyHeader(body, s, e)) continue;
    out.push({ type: "email", start: s, end: e });
  }
  return out;
}
var HEADER_REACH = 200;
function onReplyHeader(body, start, end) {
  let from = start;
  while (from > 0 && start - from < HEADER_REACH && body.charCodeAt(from - 1) !== 10) from--;
  if (from > 0 && body.charCodeAt(from - 1) !== 10) return false;
  let to = end;
  while (to < body.length && to - end < HEADER_REACH && body.charCodeAt(to) !== 10) to++;
  return isReplyHeaderLine(body.slice(from, to).replace(/\r$/, ""));
}

// src/core/content/identifiers/candidate.ts
var REFERENCE_CONTEXT = /\b(?:ref|refs|reference|case|crime|incident|invoice|order|account|acct|a\/c|ticket|policy|claim|job|po|urn|id|sort code|serial|licence|license|membership|payroll|staff|employee|student|upn|pupil)\b/i;
function textBefore(body, start, width) {
  const from = Math.max(0, start - width);
  const text = body.slice(from, start);
  const nl = text.lastIndexOf("\n");
  return (nl >= 0 ? text.slice(nl + 1) : text).toLowerCase();
}
function hasReferenceContext(body, start) {
  return REFERENCE_CONTEXT.test(textBefore(body, start, 24));
}
function isDigit2(code) {
  return code >= 48 && code <= 57;
}
function isAsciiAlnum(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}

// src/core/content/identifiers/nhs-number.ts
var NHS_PATTERN = /(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![A-Za-z0-9]|[-.\/]\d)/g;
function afterLetterOrDigitRun(text, start) {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (isAsciiAlnumCode(c)) return true;
  return (c === 45 || c === 46 || c === 47) && start > 1 && isAsciiDigitCode(text.charCodeAt(start - 2));
}
function textAfter(body, end, width) {
  const text = body.slice(end, end + width);
  const nl = text.indexOf("\n");
  return (nl >= 0 ? text.slice(0, nl) : text).toLowerCase();
}
var NHS_CONTEXT = /\b(?:nhs|chi|health and care|h&c|patient)\b/;
function nhsChecksumValid(digits) {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - sum % 11;
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}
function findNhsNumbers(body) {
  const out = [];
  NHS_PATTERN.lastIndex = 0;
  for (let m = execNotAfter(NHS_PATTERN, body, afterLetterOrDigitRun); m !== null; m = execNotAfter(NHS_PATTERN, body, afterLetterOrDigitRun)) {
    const digits = (m[1] ?? "") + (m[3] ?? "") + (m[4] ?? "");
    if (!nhsChecksumValid(digits)) continue;
    const start = m.index;
    const named = NHS_CONTEXT.test(textBefore(body, start, 40)) || NHS_CONTEXT.test(textAfter(body, m.index + m[0].length, 40));
    if (!named && digits.startsWith("0") && (m[2] ?? "") === "") continue;
    if (!named && hasReferenceContext(body, start)) continue;
    out.push({ type: "nhs-number", start, end: start + m[0].length });
  }
  return out;
}

// src/core/content/identifiers/ni-number.ts
var NI_PATTERN = /([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2})( ?)(\d{2})\3(\d{2})(?: ?([A-D]))?(?![A-Za-z0-9])(?! [E-Z](?![A-Za-z0-9]))/gi;
var BANNED_PREFIXES = /* @__PURE__ */ new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);
var URN_PREFIXES = /* @__PURE__ */ new Set(["SC", "EY"]);
var NI_CONTEXT = /\b(?:ni|nino|nin|national insurance|n\.i\.)/;
function findNiNumbers(body) {
  const out = [];
  NI_PATTERN.lastIndex = 0;
  for (let m = execNotAfter(NI_PATTERN, body, afterAsciiAlnum); m !== null; m = execNotAfter(NI_PATTERN, body, afterAsciiAlnum)) {
    const prefix = m[1] ?? "";
    const suffix = m[6];
    if (BANNED_PREFIXES.has(prefix.toUpperCase())) continue;
    const upper = prefix === prefix.toUpperCase();
    const lower = prefix === prefix.toLowerCase();
    if (!upper && !lower) continue;
    if (!upper && !NI_CONTEXT.test(textBefore(body, m.index, 40))) continue;
    if (suffix === void 0 && URN_PREFIXES.has(prefix.toUpperCase()) && m[3] === "" && !NI_CONTEXT.test(textBefore(body, m.index, 40))) continue;
    let end = m.index + m[0].length;
    if (suffix !== void 0 && (upper ? suffix !== suffix.toUpperCase() : suffix !== suffix.toLowerCase())) {
      end -= 1;
      if (body.charCodeAt(end - 1) === 32) end -= 1;
    }
    out.push({ type: "ni-number", start: m.index, end });
  }
  return out;
}

// src/core/content/identifiers/phone.ts
var MAX_SPAN = 26;
var PHONE_CONTEXT = /\b(?:tel|telephone|phone|mobile|mob|call|ring|text|landline|contact|fax|whatsapp)\b/;
function isGroupSeparator(code) {
  return code === 32 || code === 160 || code === 45;
}
function readInternational(body, i) {
  let p;
  if (body.startsWith("+44", i)) p = i + 3;
  else if (body.startsWith("0044", i)) p = i + 4;
  else return null;
  if (isGroupSeparator(body.charCodeAt(p))) p++;
  if (body.startsWith("(0)", p)) {
    p += 3;
    if (isGroupSeparator(body.charCodeAt(p))) p++;
  }
  if (body.charCodeAt(p) === 48) p++;
  const c = body.charCodeAt(p);
  if (!isDigit2(c) || c === 48) return null;
  return { next: p, digits: "0", bracketed: false };
}
function parsePhoneAt(body, i) {
  let prefix = readInternational(body, i);
  if (prefix === null) {
    if (body.charCodeAt(i) === 40) {
      if (body.charCodeAt(i + 1) !== 48) return -1;
      prefix = { next: i + 1, digits: "", bracketed: true };
    } else if (body.charCodeAt(i) === 48) {
      prefix = { next: i, digits: "", bracketed: false };
    } else return -1;
  }
  const limit = Math.min(body.length, i + MAX_SPAN);
  let digits = prefix.digits;
  let p = prefix.next;
  let bestEnd = -1;
  let groups = 0;
  while (p < limit) {
    const groupStart = p;
    while (p < body.length && p - groupStart <= 12 && isDigit2(body.charCodeAt(p))) p++;
    const len = p - groupStart;
    if (len === 0) break;
    if (len === 1 && groups > 0) break;
    digits += body.slice(groupStart, p);
    if (digits.length > 11) break;
    groups++;
    if (groups === 1 && digits.length < 3) return -1;
    if (groups === 1 && prefix.bracketed) {
      if (body.charCodeAt(p) !== 41) return -1;
      p++;
      if (isGroupSeparator(body.charCodeAt(p))) p++;
      if (!isDigit2(body.charCodeAt(p))) return -1;
      continue;
    }
    if (validUkNumber(digits)) bestEnd = p;
    if (isGroupSeparator(body.charCodeAt(p)) && isDigit2(body.charCodeAt(p + 1))) p++;
    else break;
  }
  if (bestEnd < 0) return -1;
  const after = body.charCodeAt(bestEnd);
  if (isAsciiAlnum(after) && bestEnd === p) return -1;
  if ((after === 47 || after === 46) && isDigit2(body.charCodeAt(bestEnd + 1))) return -1;
  return bestEnd;
}
function validUkNumber(digits) {
  if (digits.charCodeAt(0) !== 48) return false;
  const kind = digits.charAt(1);
  if (!"12378".includes(kind) || kind === "") return false;
  if (digits.length === 11) return true;
  if (digits === "08001111") return true;
  return digits.length === 10 && (kind === "1" || digits.startsWith("0800"));
}
function findPhones(body) {
  const out = [];
  const starts2 = PHONE_START;
  starts2.lastIndex = 0;
  for (let m = starts2.exec(body); m !== null; m = starts2.exec(body)) {
    const i = m.index;
    const prev = i > 0 ? body.charCodeAt(i - 1) : 32;
    if (isAsciiAlnum(prev) || prev === 43 || prev === 41) continue;
    if ((prev === 45 || prev === 47 || prev === 46) && i > 1 && isDigit2(body.charCodeAt(i - 2))) continue;
    const end = parsePhoneAt(body, i);
    if (end < 0) continue;
    starts2.lastIndex = end;
    if (hasReferenceContext(body, i) && !PHONE_CONTEXT.test(textBefore(body, i, 40))) continue;
    out.push({ type: "phone", start: i, end });
  }
  return out;
}
var PHONE_START = /[+0(]/g;

// src/core/content/identifiers/postcode.ts
var POSTCODE_PATTERN = /(GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])( ?)[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;
function findPostcodes(body) {
  const out = [];
  POSTCODE_PATTERN.lastIndex = 0;
  for (let m = execNotAfter(POSTCODE_PATTERN, body, afterAsciiAlnum); m !== null; m = execNotAfter(POSTCODE_PATTERN, body, afterAsciiAlnum)) {
    const text = m[0];
    const spaced = text.includes(" ");
    const upper = text === text.toUpperCase();
    const lower = text === text.toLowerCase();
    if (!upper && !(lower && spaced)) continue;
    out.push({ type: "postcode", start: m.index, end: m.index + text.length });
  }
  return out;
}

// src/core/content/identifiers/index.ts
var PRIORITY = {
  email: 0,
  "nhs-number": 1,
  "ni-number": 2,
  "date-of-birth": 3,
  phone: 4,
  postcode: 5
};
function resolveOverlaps(candidates) {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let cluster = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) {
      kept.push(...cluster);
    } else if (cluster.length > 1) {
      const chosen = [];
      for (const c of [...cluster].sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start)) {
        if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
      }
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else {
      clusterEnd = Math.max(clusterEnd, c.end);
    }
    cluster.push(c);
  }
  flush();
  return kept;
}
function findIdentifiers(body, regions) {
  const candidates = [
    ...findEmails(body),
    ...findNhsNumbers(body),
    ...findNiNumbers(body),
    ...findDatesOfBirth(body),
    ...findPhones(body),
    ...findPostcodes(body)
  ];
  const out = [];
  for (const c of resolveOverlaps(candidates)) {
    const where = regionOf(regions, c.start, c.end);
    if (where === null) continue;
    out.push({ type: c.type, start: c.start, end: c.end, text: body.slice(c.start, c.end), quoted: where.quoted });
  }
  return out;
}

// src/core/content/special-category/criminal.ts
var CRIMINAL_PHRASES = [
  "arrest",
  "arrested",
  "arresting",
  "under arrest",
  "charged with",
  "charged by police",
  "police charged",
  "charge sheet",
  "convicted",
  "conviction",
  "convictions",
  "previous convictions",
  "spent conviction",
  "criminal record",
  "criminal records",
  "criminal history",
  "criminal offence",
  "offence",
  "offences",
  "offending",
  "offender",
  "offenders",
  "sex offender",
  "sex offenders",
  "reoffending",
  "re offending",
  "police caution",
  "cautioned",
  "conditional caution",
  "youth caution",
  "community resolution",
  "alleged assault",
  "assault",
  "assaulted",
  "assaulting",
  "common assault",
  "actual bodily harm",
  "=ABH",
  "grievous bodily harm",
  "=GBH",
  "wounding",
  "sexual assault",
  "sexually assaulted",
  "rape",
  "raped",
  "indecent assault",
  "indecent images",
  "indecent exposure",
  "sexual offence",
  "sexual offences",
  "child sexual abuse",
  "=IIOC",
  "bail",
  "bailed",
  "on bail",
  "bail conditions",
  "released under investigation",
  "=RUI",
  "remanded",
  "on remand",
  "in custody",
  "police custody",
  "custodial sentence",
  "sentenced",
  "prison",
  "imprisoned",
  "imprisonment",
  "jail",
  "jailed",
  "=HMP",
  "young offender institution",
  "=YOI",
  "probation",
  "probation officer",
  "community order",
  "suspended sentence",
  "electronic tag",
  "=MAPPA",
  "=PNC",
  "=YOT",
  "=YJS",
  "youth offending",
  "youth justice",
  "crown court",
  "magistrates court",
  "magistrates' court",
  "youth court",
  "criminal proceedings",
  "prosecuted",
  "prosecution",
  "=CPS",
  "crown prosecution",
  "pleaded guilty",
  "found guilty",
  "not guilty",
  "acquitted",
  "fined",
  "crime",
  "crimes",
  "criminal",
  "crime reference",
  "crime number",
  "theft",
  "stole",
  "stolen",
  "stealing",
  "shoplifting",
  "burglary",
  "robbery",
  "robbed",
  "criminal damage",
  "arson",
  "drug dealing",
  "dealing drugs",
  "possession with intent",
  "supplying drugs",
  "county lines",
  "knife crime",
  "carrying a knife",
  "offensive weapon",
  "weapon",
  "weapons",
  "firearm",
  "harassment",
  "stalking",
  "restraining order",
  "domestic assault",
  "perpetrator",
  "perpetrators",
  "perpetrated",
  "accused of",
  "suspected of",
  "police investigation",
  "under investigation",
  "police interview",
  "interviewed under caution",
  "voluntary interview",
  "=DVPO",
  "=DVPN",
  "=SHPO",
  "sexual harm prevention order",
  "=RSO",
  "registered sex offender",
  "trafficking",
  "modern slavery",
  "=FGM",
  "female genital mutilation",
  "forced marriage",
  "fraud",
  "murder",
  "murdered",
  "homicide",
  "manslaughter",
  "kidnap",
  "kidnapped",
  "abduction",
  "abducted",
  "the suspect",
  "a suspect",
  "prison sentence",
  "breach of bail",
  "breached bail",
  "breached his bail",
  "breached her bail",
  "breach of the order",
  "possession of cannabis",
  "possession of drugs",
  "possession of a knife",
  "possession of a weapon",
  "possession of class",
  "received a caution",
  "given a caution",
  "accepted a caution",
  "electronic tagging",
  "police curfew",
  "sexual abuse",
  "sexually abused",
  "sexually abusing",
  "terrorism",
  "terrorist",
  "terrorist offence"
];

// src/core/content/special-category/ethnicity.ts
var ETHNICITY_PHRASES = [
  "ethnicity",
  "ethnic",
  "ethnic origin",
  "ethnic background",
  "ethnic minority",
  "racial",
  "racially",
  "racism",
  "racist",
  "racially motivated",
  "mixed race",
  "mixed heritage",
  "dual heritage",
  "mixed ethnicity",
  "white british",
  "white english",
  "white scottish",
  "white welsh",
  "white irish",
  "white european",
  "white other",
  "white and black caribbean",
  "white and black african",
  "white and asian",
  "black british",
  "black african",
  "black caribbean",
  "black other",
  "black and minority ethnic",
  "=BAME",
  "=BME",
  "=GRT",
  "british asian",
  "asian british",
  "asian",
  "south asian",
  "east asian",
  "=Asian",
  "gypsy",
  "gypsies",
  "roma",
  "romany",
  "traveller community",
  "irish traveller",
  "traveller family",
  "gypsy roma traveller",
  "pakistani heritage",
  "indian heritage",
  "bangladeshi heritage",
  "african heritage",
  "caribbean heritage",
  "somali heritage",
  "of african descent",
  "of caribbean descent",
  "of asian descent",
  "afro caribbean",
  "arab",
  "kurdish",
  "chinese heritage",
  "skin colour",
  "colour of her skin",
  "colour of his skin",
  "colour of their skin",
  "race hate",
  "his race",
  "her race",
  "their race",
  "racial abuse"
];

// src/core/content/special-category/health.ts
var HEALTH_PHRASES = [
  // Mental health and emotional wellbeing
  "mental health",
  "mental illness",
  "mental health act",
  "sectioned",
  "section 136",
  "depression",
  "depressed",
  "depressive",
  "anxiety disorder",
  "panic attacks",
  "panic attack",
  "ptsd",
  "post traumatic stress",
  "ocd",
  "obsessive compulsive",
  "bipolar",
  "schizophrenia",
  "schizophrenic",
  "psychosis",
  "psychotic",
  "personality disorder",
  "eating disorder",
  "anorexia",
  "anorexic",
  "bulimia",
  "bulimic",
  "self harm",
  "self harming",
  "self harmed",
  "selfharm",
  "self injury",
  "suicidal",
  "suicide",
  "suicide attempt",
  "attempted suicide",
  "overdose",
  "overdosed",
  "suicidal ideation",
  "low mood",
  "psychiatric",
  "psychiatrist",
  "psychologist",
  "psychotherapy",
  "counselling",
  "counsellor",
  "therapist",
  "=CAMHS",
  "camhs",
  "=CMHT",
  "=EIP",
  "=IAPT",
  "talking therapies",
  "mental capacity",
  "lacks capacity",
  "dementia",
  "alzheimer's",
  "alzheimers",
  // Neurodevelopmental and disability
  "autism",
  "autistic",
  "=ASD",
  "=ASC",
  "=ADHD",
  "adhd",
  "attention deficit",
  "dyslexia",
  "dyslexic",
  "dyspraxia",
  "learning disability",
  "learning disabilities",
  "learning difficulty",
  "learning difficulties",
  "disability",
  "disabilities",
  "disabled",
  "cerebral palsy",
  "down's syndrome",
  "downs syndrome",
  "down syndrome",
  "global developmental delay",
  "developmental delay",
  "hearing impairment",
  "hearing impaired",
  "deaf",
  "visual impairment",
  "visually impaired",
  "wheelchair user",
  "wheelchair",
  "tourette's",
  "tourettes",
  "foetal alcohol",
  "fetal alcohol",
  "=FASD",
  "=PDA",
  // Physical conditions
  "diagnosis",
  "diagnosed",
  "diagnoses",
  "undiagnosed",
  "medical condition",
  "health condition",
  "long term condition",
  "epilepsy",
  "epileptic",
  "seizure",
  "seizures",
  "asthma",
  "asthmatic",
  "diabetes",
  "diabetic",
  "cancer",
  "tumour",
  "leukaemia",
  "chemotherapy",
  "=HIV",
  "hiv",
  "=AIDS",
  "hepatitis",
  "tuberculosis",
  "sickle cell",
  "cystic fibrosis",
  "heart condition",
  "stroke",
  "chronic pain",
  "terminal illness",
  "terminally ill",
  "palliative",
  "allergy",
  "allergies",
  "anaphylaxis",
  "eczema",
  "failure to thrive",
  "faltering growth",
  "malnutrition",
  "malnourished",
  "obesity",
  "obese",
  "brain injury",
  "head injury",
  "fracture",
  "fractures",
  "fractured",
  "concussion",
  // Sexual and reproductive health
  "pregnant",
  "pregnancy",
  "pregnancies",
  "miscarriage",
  "miscarried",
  "termination of pregnancy",
  "abortion",
  "antenatal",
  "ante natal",
  "postnatal",
  "post natal",
  "postnatal depression",
  "midwife",
  "midwifery",
  "maternity",
  "stillbirth",
  "sexual health",
  "=STI",
  "=STIs",
  "sexually transmitted",
  "chlamydia",
  "gonorrhoea",
  "contraception",
  "contraceptive",
  "morning after pill",
  "pill",
  "gender dysphoria",
  // Substances
  "substance misuse",
  "substance use",
  "drug misuse",
  "drug use",
  "drug addiction",
  "addiction",
  "addicted",
  "alcoholic",
  "alcoholism",
  "alcohol dependency",
  "alcohol dependence",
  "alcohol misuse",
  "detox",
  "methadone",
  "opiate",
  "opiates",
  "heroin",
  "cocaine",
  "cannabis",
  "=NAS",
  "neonatal abstinence",
  // Treatment, medication and services
  "medication",
  "medications",
  "medicated",
  "prescribed",
  "prescription",
  "antidepressant",
  "antidepressants",
  "sertraline",
  "fluoxetine",
  "citalopram",
  "ritalin",
  "methylphenidate",
  "melatonin",
  "insulin",
  "inhaler",
  "epipen",
  "=GP",
  "gp",
  "gp surgery",
  "doctor's surgery",
  "hospital",
  "hospitalised",
  "admitted to hospital",
  "hospital admission",
  "=A&E",
  "a&e",
  "accident and emergency",
  "emergency department",
  "paediatrician",
  "paediatric",
  "consultant paediatrician",
  "health visitor",
  "=HV",
  "school nurse",
  "district nurse",
  "=CPN",
  "speech and language therapy",
  "speech and language therapist",
  "occupational therapy",
  "occupational therapist",
  "physiotherapy",
  "physiotherapist",
  "clinic",
  "outpatient",
  "outpatients",
  "=ICU",
  "intensive care",
  "ambulance",
  "paramedic",
  "paramedics",
  "=NHS 111",
  "medical records",
  "medical appointment",
  "health needs",
  "medical needs",
  "wheelchair services",
  "hearing aid",
  "hearing aids",
  "on the ward",
  "children's ward",
  "registered blind",
  "partially sighted",
  "did not attend"
];

// src/core/content/special-category/other-categories.ts
var POLITICAL_PHRASES = [
  "political opinion",
  "political opinions",
  "political views",
  "political view",
  "political beliefs",
  "political affiliation",
  "political party",
  "party member",
  "party membership",
  "labour party",
  "conservative party",
  "tory party",
  "liberal democrats",
  "green party",
  "reform uk",
  "=SNP",
  "plaid cymru",
  "voted for",
  "votes for",
  "political activist",
  "activist",
  "extremist",
  "extremism",
  "extremist views",
  "far right",
  "far left",
  "radicalised",
  "radicalisation",
  "radicalized",
  "radicalization",
  "=Prevent referral",
  "prevent referral",
  "channel panel",
  "white supremacist",
  "neo nazi",
  "jihadist",
  "dna testing",
  "dna sample"
];
var TRADE_UNION_PHRASES = [
  "trade union",
  "trade unions",
  "union member",
  "union membership",
  "union representative",
  "union rep",
  "=UNISON",
  "unison rep",
  "=GMB",
  "=NEU",
  "=NASUWT",
  "=RCN",
  "=BMA",
  "=NAHT",
  "=UCU",
  "unite union",
  "unite the union",
  "union official",
  "industrial action",
  "on strike",
  "picket line",
  "dna testing",
  "dna sample"
];
var GENETIC_BIOMETRIC_PHRASES = [
  "genetic",
  "genetics",
  "genetic test",
  "genetic testing",
  "genome",
  "genomic",
  "dna test",
  "paternity test",
  "biometric",
  "biometrics",
  "fingerprint",
  "fingerprints",
  "fingerprinted",
  "facial recognition",
  "retina scan",
  "iris scan",
  "dna testing",
  "dna sample"
];

// src/core/content/special-category/religion.ts
var RELIGION_PHRASES = [
  "religion",
  "religions",
  "religious",
  "religious belief",
  "religious beliefs",
  "her faith",
  "his faith",
  "their faith",
  "faith community",
  "faith group",
  "faith leader",
  "of faith",
  "muslim",
  "muslims",
  "islam",
  "islamic",
  "christian",
  "christians",
  "christianity",
  "catholic",
  "catholics",
  "roman catholic",
  "protestant",
  "anglican",
  "methodist",
  "baptist",
  "evangelical",
  "pentecostal",
  "jehovah's witness",
  "jehovah's witnesses",
  "jehovahs witness",
  "mormon",
  "jewish",
  "jew",
  "jews",
  "judaism",
  "orthodox jewish",
  "hindu",
  "hindus",
  "hinduism",
  "sikh",
  "sikhs",
  "sikhism",
  "buddhist",
  "buddhism",
  "rastafarian",
  "pagan",
  "atheist",
  "agnostic",
  "humanist",
  "mosque",
  "madrassa",
  "madrasa",
  "synagogue",
  "gurdwara",
  "attends church",
  "attend church",
  "goes to church",
  "church leader",
  "church elder",
  "church family",
  "church community",
  "imam",
  "rabbi",
  "vicar",
  "priest",
  "pastor",
  "chaplain",
  "ramadan",
  "eid",
  "diwali",
  "vaisakhi",
  "yom kippur",
  "passover",
  "hanukkah",
  "halal",
  "kosher",
  "hijab",
  "niqab",
  "burqa",
  "turban",
  "prayer",
  "prayers",
  "praying",
  "pray",
  "prays",
  "quran",
  "koran",
  "bible",
  "torah",
  "baptised",
  "baptized",
  "baptism",
  "christened",
  "bar mitzvah",
  "bat mitzvah",
  "exorcism",
  "witchcraft",
  "spirit possession",
  "possessed by spirits",
  "belief in witchcraft",
  "philosophical belief",
  "philosophical beliefs",
  "vegan beliefs",
  "hindu temple",
  "sikh temple",
  "buddhist temple"
];

// src/core/content/special-category/sex-life.ts
var SEX_LIFE_PHRASES = [
  "sexual orientation",
  "sexuality",
  "gay",
  "lesbian",
  "bisexual",
  "homosexual",
  "heterosexual",
  "pansexual",
  "asexual",
  "queer",
  "=LGBT",
  "=LGBTQ",
  "=LGBTQ+",
  "=LGBTQIA",
  "lgbt",
  "lgbtq",
  "same sex relationship",
  "same sex partner",
  "sexually active",
  "sexual activity",
  "sexual relationship",
  "sexual relationships",
  "sexual partner",
  "sexual partners",
  "sexual intercourse",
  "had sex",
  "having sex",
  "have sex",
  "sex with",
  "sexual contact",
  "sexual behaviour",
  "sexualised behaviour",
  "sexualized behaviour",
  "sexting",
  "sexts",
  "nude images",
  "nude photos",
  "nudes",
  "pornography",
  "porn",
  "sex work",
  "sex worker",
  "prostitution",
  "transgender",
  "trans",
  "transitioning",
  "gender identity",
  "non binary",
  "nonbinary",
  "gender reassignment",
  "gender fluid",
  "genderfluid",
  "intersex",
  "came out as",
  "coming out as",
  "come out as"
];

// src/core/content/special-category/index.ts
var SPECIAL_CATEGORY_PHRASES = [
  ...GENETIC_BIOMETRIC_PHRASES.map((p) => [p, "genetic-biometric"]),
  ...TRADE_UNION_PHRASES.map((p) => [p, "trade-union"]),
  ...POLITICAL_PHRASES.map((p) => [p, "political-opinion"]),
  ...ETHNICITY_PHRASES.map((p) => [p, "ethnicity"]),
  ...RELIGION_PHRASES.map((p) => [p, "religion"]),
  ...SEX_LIFE_PHRASES.map((p) => [p, "sex-life"]),
  ...HEALTH_PHRASES.map((p) => [p, "health"]),
  ...CRIMINAL_PHRASES.map((p) => [p, "criminal-allegation"])
];
var NOT_SPECIAL_CATEGORY = [
  "maternity leave",
  "paternity leave",
  "maternity cover",
  "maternity pay",
  "adoption leave",
  "parental leave",
  "happy eid",
  "eid mubarak",
  "ramadan mubarak",
  "ramadan kareem",
  "happy diwali",
  "happy hanukkah",
  "happy vaisakhi",
  "happy holi",
  "happy passover",
  "merry christmas",
  "wheelchair accessible",
  "wheelchair access",
  "disabled access",
  "disabled parking",
  "disabled toilet",
  "accessible toilet",
  "mental health first aid",
  "mental health first aider",
  "mental health first aiders"
];
var matcher2;
function findSpecialCategory(body, regions, words) {
  matcher2 ?? (matcher2 = compilePhrases([...SPECIAL_CATEGORY_PHRASES, ...NOT_SPECIAL_CATEGORY.map((p) => [p, ""])]));
  const out = [];
  for (const m of matchPhrases(body, words ?? wordsOf(body), matcher2)) {
    if (m.value === "") continue;
    const where = regionOf(regions, m.start, m.end);
    if (where === null) continue;
    if (isTopicMention(body, m.start, m.end)) continue;
    out.push({ category: m.value, start: m.start, end: m.end, text: m.text, quoted: where.quoted });
  }
  return out;
}

// src/core/recipients/greeting.ts
var MAX_LEADING_SPACE = 2e3;
var MAX_LINE = 300;
var MAX_NAMES = 10;
var OPENING_WORD = /^(?:good[ \t]+(?:morning|afternoon|evening|day)|dear|hiya|hi|hello|hey|morning|afternoon|evening|greetings)/iu;
var OPENING_PUNCTUATION = /[ \t,:!]*/y;
function openingLength(line) {
  const word = OPENING_WORD.exec(line);
  if (!word) return -1;
  const end = word[0].length;
  if (codePointIn(line, end, LETTER | NUMBER)) return -1;
  OPENING_PUNCTUATION.lastIndex = end;
  OPENING_PUNCTUATION.exec(line);
  return OPENING_PUNCTUATION.lastIndex;
}
var SPACES = /\s*/y;
function isNamePunctuation(c) {
  return c === 39 || c === 8217 || c === 46 || c === 45;
}
function nextToken(text, from) {
  SPACES.lastIndex = from;
  SPACES.exec(text);
  const index = SPACES.lastIndex;
  if (index >= text.length) return void 0;
  const inWord = (i) => isNamePunctuation(text.charCodeAt(i)) || codePointIn(text, i, LETTER | MARK);
  let end = index + codePointLength(text, index);
  if (inWord(index)) while (end < text.length && inWord(end)) end += codePointLength(text, end);
  return { index, raw: text.slice(index, end) };
}
var TITLES = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "doctor",
  "prof",
  "professor",
  "rev",
  "revd",
  "reverend",
  "cllr",
  "councillor",
  "dc",
  "ds",
  "di",
  "dci",
  "dsi",
  "pc",
  "sgt",
  "sergeant",
  "insp",
  "inspector",
  "det",
  "detective",
  "constable",
  "judge",
  "hhj",
  "lord",
  "lady",
  "dame",
  "nurse",
  "sister",
  "officer",
  "father",
  "mother"
]);
var GENERIC = /* @__PURE__ */ new Set([
  "all",
  "everyone",
  "everybody",
  "team",
  "teams",
  "colleague",
  "colleagues",
  "sir",
  "sirs",
  "madam",
  "madame",
  "both",
  "there",
  "folks",
  "guys",
  "friends",
  "partners",
  "partner",
  "whom",
  "concern",
  "ladies",
  "gentlemen",
  "people",
  "you",
  "members",
  "panel",
  "chair",
  "committee",
  "board",
  "duty",
  "social",
  "worker",
  "workers",
  "officers",
  "manager",
  "managers",
  "practitioner",
  "practitioners",
  "nurses",
  "doctors",
  "professional",
  "professionals",
  "parent",
  "parents",
  "carer",
  "carers",
  "family",
  "families",
  "hub",
  "service",
  "services",
  "admin",
  "reception",
  "office",
  "department",
  "unit",
  "school",
  "council",
  "police",
  "referrals",
  "safeguarding",
  "lead",
  "leads",
  "group",
  "network",
  "agency",
  "agencies",
  "again",
  "each",
  "every",
  "one",
  "y'all",
  "gang"
]);
var AND = /* @__PURE__ */ new Set(["and", "&", "/", ","]);
function findGreeting(body) {
  let i = 0;
  const limit = Math.min(body.length, MAX_LEADING_SPACE);
  while (i < limit && isSpace(body.charCodeAt(i))) i++;
  if (i >= limit) return void 0;
  let end = Math.min(body.length, i + MAX_LINE);
  const newline = body.slice(i, end).search(/[\r\n]/);
  if (newline >= 0) end = i + newline;
  const line = body.slice(i, end);
  const openingEnd = openingLength(line);
  if (openingEnd < 0) return void 0;
  const opening = line.slice(0, openingEnd);
  const rest = line.slice(openingEnd);
  const names = [];
  let chunk = newChunk();
  let textEnd = opening.replace(/[ \t,:!]+$/, "").length;
  const close = () => {
    if (!chunk.generic && chunk.words.length > 0 && names.length < MAX_NAMES) {
      names.push({ text: chunk.written.join(" "), words: chunk.words.map((w) => w.toLowerCase()), titled: chunk.titled });
    }
    chunk = newChunk();
  };
  for (let m = nextToken(rest, 0); m; m = nextToken(rest, m.index + m.raw.length)) {
    const raw = m.raw;
    const lower = raw.toLowerCase();
    if (AND.has(lower)) {
      close();
      continue;
    }
    if (!someCodePointIn(raw, LETTER)) break;
    const word = trimPunctuation(raw);
    const bare = word.toLowerCase();
    if (!word) break;
    const endsSentence = raw.endsWith(".") && !TITLES.has(bare);
    if (TITLES.has(bare)) {
      chunk.titled = true;
    } else if (GENERIC.has(bare) || isAcronym(word)) {
      chunk.generic = true;
    } else if (startsUpperOrTitle(word)) {
      if (Array.from(word).length > 1) chunk.words.push(word);
    } else {
      break;
    }
    chunk.written.push(word);
    textEnd = openingEnd + m.index + raw.length;
    if (endsSentence) break;
  }
  close();
  return { text: line.slice(0, textEnd).replace(/[.,]+$/, ""), names };
}
function startsUpperOrTitle(word) {
  const cp = word.codePointAt(0);
  if (cp === void 0) return false;
  const cat = unicodeCategory(cp);
  return cat === CAT_LU || cat === CAT_LT;
}
function newChunk() {
  return { words: [], written: [], titled: false, generic: false };
}
function trimPunctuation(token) {
  let a = 0;
  let b = token.length;
  while (a < b && ".'\u2019-".includes(token[a] ?? "")) a++;
  while (b > a && ".'\u2019-".includes(token[b - 1] ?? "")) b--;
  return token.slice(a, b);
}
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 65279;
}
function isAcronym(word) {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

// src/core/recipients/public-mailbox.ts
var import_tldts2 = __toESM(require_cjs());

// node_modules/email-providers/common.json
var common_default = ["facebook.com", "qq.com", "yahoo.com", "live.com", "example.com", "outlook.com", "msn.com", "aliyun.com", "go.com", "aol.com", "yandex.ru", "free.fr", "163.com", "indiatimes.com", "alibaba.com", "geocities.com", "about.com", "naver.com", "yahoo.co.jp", "netscape.com", "earthlink.net", "zoho.com", "mail.ru", "sky.com", "yandex.com", "angelfire.com", "spb.ru", "uol.com.br", "globo.com", "gmail.com", "medscape.com", "space.com", "discovery.com", "t-online.de", "mac.com", "icloud.com", "test.com", "homestead.com", "berlin.de", "altavista.com", "rambler.ru", "nus.edu.sg", "web.id", "proton.me", "msk.ru", "comcast.net", "pp.ua", "lycos.com", "sina.cn", "sapo.pt", "daum.net", "ancestry.com", "docomo.ne.jp", "icq.com", "techspot.com", "law.com", "bt.com", "hotmail.com", "orange.fr", "libero.it", "yourdomain.com", "wp.pl", "onet.pl", "india.com", "wanadoo.fr", "web.de", "fortunecity.com", "me.com", "kansascity.com", "att.net", "terra.com.br", "skynet.be", "compuserve.com", "canada.com", "ya.ru", "excite.com", "detik.com", "zp.ua", "excite.co.jp", "ig.com.br", "xoom.com", "gmx.net", "freeserve.co.uk", "interia.pl", "mindspring.com", "test.de", "seznam.cz", "virgilio.it", "chez.com", "rr.com", "shaw.ca", "ntlworld.com", "casino.com", "sina.com", "arcor.de", "tiscali.it", "sympatico.ca", "freenet.de", "gazeta.pl", "yam.com", "care2.com", "rcn.com", "telenet.be", "sfr.fr", "cox.net", "r7.com", "hotbot.com", "tom.com", "blueyonder.co.uk", "geek.com", "pochta.ru", "btinternet.com", "bluewin.ch", "ozemail.com.au", "rogers.com", "virginmedia.com", "iinet.net.au", "ireland.com", "virgin.net", "chat.ru", "erols.com", "catholic.org", "lycos.de", "verizon.net", "protonmail.com", "nate.com", "mail.com", "126.com", "lycos.co.uk", "home.nl", "terra.es", "planet.nl", "21cn.com", "voila.fr", "sanook.com", "doityourself.com", "online.de", "i.ua", "netcom.com", "mail-tester.com", "o2.co.uk", "walla.co.il", "centrum.cz", "albawaba.com", "poste.it", "www.com", "aol.co.uk", "mydomain.com", "charter.net", "rin.ru", "parrot.com", "club-internet.fr", "chello.nl", "sdf.org", "hidemyass.com", "myway.com", "name.com", "unican.es", "freeuk.com", "metacrawler.com", "sci.fi", "tiscali.co.uk", "sify.com", "ivillage.com", "hey.com", "iespana.es", "telus.net", "sweb.cz", "dailypioneer.com", "go.ro", "optusnet.com.au", "lycos.es", "pobox.com", "anonymize.com", "alice.it", "lycos.nl", "saudia.com", "tpg.com.au", "foxmail.com", "hamptonroads.com", "looksmart.com", "freeyellow.com", "i.am", "prodigy.net", "crosswinds.net", "10minutemail.com", "dejanews.com", "frontier.com", "bigpond.com", "gmx.com", "wanadoo.es", "temp-mail.org", "blackplanet.com", "eircom.net", "hetnet.nl", "frontiernet.net", "islamonline.net", "webindia123.com", "iol.it", "neuf.fr", "mailinator.com", "concentric.net", "yahoo.jp", "bugmenot.com", "newmail.ru", "oath.com", "ukr.net", "pacbell.net", "depechemode.com", "mailbox.org", "cogeco.ca", "onmilwaukee.com", "aim.com", "kiwibox.com", "sprynet.com", "netins.net", "hot.ee", "idirect.com", "bigfoot.com", "o2.pl", "netspace.net.au", "yeah.net", "terra.com", "gmx.de", "guerrillamail.com", "yahoo.de", "mail2web.com", "hushmail.com", "supereva.it", "lycos.it", "masrawy.com", "zonnet.nl", "iprimus.com.au", "yahoo.co.uk", "scubadiving.com", "swissinfo.org", "c3.hu", "bolt.com", "attbi.com", "netzero.net", "spray.se", "yahoo.com.tw", "montevideo.com.uy", "fr.nf", "gportal.hu", "yahoo.fr", "bellsouth.net", "clerk.com", "juno.com", "f5.si", "dynu.net", "talktalk.co.uk", "msn.co.uk", "elvis.com", "yahoofs.com", "seanet.com", "bigpond.net.au", "interfree.it", "dnsmadeeasy.com", "adelphia.net", "incredimail.com", "starmedia.com", "pe.hu", "sp.nl", "spacewar.com", "tin.it", "tds.net", "37.com", "zip.net", "inbox.com", "webjump.com", "za.com", "singnet.com.sg", "fastmail.fm", "forthnet.gr", "land.ru", "4mg.com", "blogos.com", "bright.net", "thirdage.com", "wowway.com", "bangkok.com", "lex.bg", "usa.com", "wow.com", "sbcglobal.net", "c2i.net", "talkcity.com", "yahoo.com.cn", "aeiou.pt", "terra.cl", "cableone.net", "she.com", "btconnect.com", "airmail.net", "singpost.com", "aver.com", "pipeline.com", "dmv.com", "3ammagazine.com", "rediffmailpro.com", "lawyer.com", "easypost.com", "iwon.com", "yopmail.com", "inbox.lv", "optimum.net", "cs.com", "barcelona.com", "cu.cc", "gmx.at", "oi.com.br", "telstra.com", "roadrunner.com", "qwest.net", "laposte.net", "everyone.net", "btopenworld.com", "go2net.com", "front.ru", "yahoo.com.br", "hispavista.com", "nyc.com", "garbage.com", "abv.bg", "terra.com.ar", "charm.net", "mchsi.com", "enter.net", "westnet.com.au", "games.com", "yahoo.ca", "swbell.net", "apollo.lv", "bellatlantic.net", "theglobe.com", "onlinehome.de", "zzn.com", "ny.com", "hotmail.ru", "bizhosting.com", "ddnsfree.com", "fuse.net", "ptd.net", "netscape.net", "list.ru", "privacy.net", "excite.it", "beer.com", "talktalk.net", "ananzi.co.za", "chacuo.net", "emailondeck.com", "doctor.com", "interaccess.com"];

// src/core/recipients/domain-name.ts
var import_punycode = __toESM(require_punycode());
var import_tldts = __toESM(require_cjs());
function endings(name) {
  const out = [name];
  for (let dot = name.indexOf("."); dot >= 0; dot = name.indexOf(".", dot + 1)) out.push(name.slice(dot + 1));
  return out;
}

// node_modules/email-providers/all.json
var all_default = ["001.igg.biz", "027168.com", "0815.ru", "0815.ry", "0815.su", "0845.ru", "0ak.org", "0box.eu", "0clickemail.com", "0hcow.com", "0hdear.com", "0mel.com", "0mixmail.info", "0u.ro", "0v.ro", "0w.ro", "0wnd.net", "0wnd.org", "0x00.name", "0x207.info", "1-8.biz", "10.dns-cloud.net", "1000rebates.stream", "100likers.com", "1033edge.com", "105kg.ru", "10host.top", "10mail.com", "10mail.org", "10minut.com.pl", "10minut.xyz", "10minute-email.com", "10minute.cf", "10minutemail.be", "10minutemail.cf", "10minutemail.co.uk", "10minutemail.co.za", "10minutemail.com", "10minutemail.de", "10minutemail.ga", "10minutemail.gq", "10minutemail.info", "10minutemail.ml", "10minutemail.net", "10minutemail.nl", "10minutemail.org", "10minutemail.ru", "10minutemail.us", "10minutemailbox.com", "10minutenemail.de", "10minutesmail.com", "10minutesmail.fr", "10minutesmail.net", "10minutesmail.ru", "10vpn.info", "10x.es", "10x9.com", "11mail.com", "11top.xyz", "123-m.com", "123.com", "123.dns-cloud.net", "123box.net", "123india.com", "123mail.cl", "123qwe.co.uk", "126.com", "12hosting.net", "12houremail.com", "12minutemail.com", "12minutemail.net", "12storage.com", "140unichars.com", "147.cl", "14n.co.uk", "150ml.com", "15meg4free.com", "15qm-mail.red", "15qm.com", "163.com", "188.com", "1blackmoon.com", "1ce.us", "1chuan.com", "1clck2.com", "1coolplace.com", "1freeemail.com", "1fsdfdsfsdf.tk", "1funplace.com", "1internetdrive.com", "1mail.ml", "1mail.net", "1mail.x24hr.com", "1me.net", "1mum.com", "1musicrow.com", "1netdrive.com", "1nsyncfan.com", "1pad.de", "1rentcar.top", "1s.fr", "1secmail.com", "1secmail.net", "1secmail.org", "1secmail.xyz", "1shivom.com", "1ss.noip.me", "1st-forms.com", "1thecity.biz", "1to1mail.org", "1under.com", "1usemail.com", "1webave.com", "1webhighway.com", "1webmail.info", "1zhuan.com", "2-ch.space", "2.emailfake.ml", "2.sexymail.ooo", "2.tebwinsoi.ooo", "20.dns-cloud.net", "2000rebates.stream", "2012-2016.ru", "2014mail.ru", "20boxme.org", "20email.eu", "20email.it", "20mail.eu", "20mail.in", "20mail.it", "20minute.email", "20minutemail.com", "20minutemail.it", "212.com", "2120001.net", "21cn.com", "225522.ml", "22office.com", "247emaildata.com", "24horas.com", "24hourmail.com", "24hourmail.net", "291.usa.cc", "2911.net", "2anom.com", "2bmail.co.uk", "2ch.coms.hk", "2ch.orgs.hk", "2d2i.com", "2die4.com", "2ether.net", "2fdgdfgdfgdf.tk", "2mailnext.com", "2mailnext.top", "2nd-mail.xyz", "2odem.com", "2p-mail.com", "2prong.com", "2sea.org", "2sea.xyz", "2trom.com", "30.dns-cloud.net", "3000.it", "30minutemail.com", "30minutenmail.eu", "30wave.com", "321-email.com", "321media.com", "33mail.com", "36ru.com", "37.com", "3ammagazine.com", "3d-painting.com", "3dmail.com", "3email.com", "3ew.usa.cc", "3l6.com", "3mail.ga", "3mail.rocks", "3trtretgfrfe.tk", "3xl.net", "4-n.us", "4.fackme.gq", "40.volvo-xc.ml", "40.volvo-xc.tk", "418.dk", "420blaze.it", "42o.org", "444.net", "44556677.igg.biz", "456.dns-cloud.net", "466453.usa.cc", "487.nut.cc", "4alphapro.com", "4easyemail.com", "4email.com", "4email.net", "4free.li", "4gfdsgfdgfd.tk", "4mail.cf", "4mail.ga", "4mail.top", "4mg.com", "4newyork.com", "4nmv.ru", "4pet.ro", "4senditnow.com", "4simpleemail.com", "4tb.host", "4w.io", "4warding.com", "4warding.net", "4warding.org", "4x4man.com", "5-mail.info", "50saleclub.com", "50set.ru", "510520.org", "54np.club", "55hosting.net", "5dsmartstore.com", "5ghgfhfghfgh.tk", "5gramos.com", "5iron.com", "5july.org", "5mail.cf", "5mail.ga", "5music.info", "5music.top", "5oz.ru", "5star.com", "5x25.com", "5ymail.com", "6.emailfake.ml", "60-minuten-mail.de", "60.volvo-xc.ml", "60.volvo-xc.tk", "60minutemail.com", "672643.net", "675hosting.com", "675hosting.net", "675hosting.org", "69-ew.tk", "69postix.info", "6hjgjhgkilkj.tk", "6ip.us", "6mail.cf", "6mail.ga", "6mail.ml", "6mail.top", "6paq.com", "6somok.ru", "6url.com", "75hosting.com", "75hosting.net", "75hosting.org", "789.dns-cloud.net", "7days-printing.com", "7ddf32e.info", "7mail.ga", "7mail.ml", "7mail7.com", "7rent.top", "7tags.com", "7uy35p.tk", "806.flu.cc", "80665.com", "8127ep.com", "8191.at", "88.am", "8848.net", "888.nu", "88clean.pro", "8chan.co", "8mail.cf", "8mail.ga", "8mail.ml", "8xyz8.dynu.net", "90.volvo-xc.ml", "90.volvo-xc.tk", "900k.es", "97rock.com", "99cows.com", "99experts.com", "99pubblicita.com", "9mail.cf", "9me.site", "9mot.ru", "9ox.net", "9q.ro", "a-bc.net", "a.a.fbmail.usa.cc", "a.yertxenor.tk", "a0.igg.biz", "a0f7ukc.com", "a1.usa.cc", "a2.flu.cc", "a41odgz7jh.com", "a45.in", "a54pd15op.com", "aaamail.zzn.com", "aaaw45e.com", "aamail.net", "aaronkwok.net", "abacuswe.us", "abakiss.com", "abb.dns-cloud.net", "abb.dnsabr.com", "abbeyroadlondon.co.uk", "abcflash.net", "abcmail.email", "abcz.info.tm", "abdulnour.com", "aberystwyth.com", "abilitywe.us", "abolition-now.com", "about.com", "abovewe.us", "absolutewe.us", "abundantwe.us", "abusemail.de", "abuser.eu", "abv.bg", "abyssemail.com", "abyssmail.com", "ac20mail.in", "academiccommunity.com", "academycougars.com", "academywe.us", "acceleratewe.us", "accentwe.us", "acceptwe.us", "acceso.or.cr", "access4less.net", "accessgcc.com", "acclaimwe.us", "accordwe.us", "accountant.com", "accreditedwe.us", "acdcfan.com", "ace-mail.net", "ace-of-base.com", "acemail.info", "acentri.com", "acgapp.hk", "achievementwe.us", "achievewe.us", "acmecity.com", "acmemail.net", "acninc.net", "acornwe.us", "activatewe.us", "activist.com", "activitywe.us", "acucre.com", "acuitywe.us", "acumenwe.us", "adaptivewe.us", "adaptwe.us", "adbet.co", "add3000.pp.ua", "adelphia.net", "adeptwe.us", "adesktop.com", "adexec.com", "adfarrow.com", "adios.net", "adipex7z.com", "adiq.eu", "aditus.info", "admiralwe.us", "adobeccepdm.com", "adoniswe.us", "ados.fr", "adpugh.org", "adresseemailtemporaire.com", "adrianou.gq", "adsd.org", "advalvas.be", "advantagewe.us", "advantimo.com", "adventurewe.us", "adventwe.us", "advisorwe.us", "advocatewe.us", "adwaterandstir.com", "adx-telecom.com", "aegia.net", "aegiscorp.net", "aegiswe.us", "aeiou.pt", "aelo.es", "aemail4u.com", "aeneasmail.com", "aeonpsi.com", "affiliatedwe.us", "affinitywe.us", "affluentwe.us", "affordablewe.us", "afmail.com", "afreeinternet.com", "africamail.com", "afrobacon.com", "afterhourswe.us", "agedmail.com", "agendawe.us", "agger.ro", "agilewe.us", "agoodmail.com", "agtx.net", "agustusmp3.xyz", "ahaa.dk", "aheadwe.us", "ahem.email", "ahk.jp", "aichi.com", "aim.com", "air-blog.com", "air2token.com", "aircraftmail.com", "airforce.net", "airforceemail.com", "airmail.net", "airmailhub.com", "airpost.net", "airsi.de", "airsport.top", "aistis.xyz", "ajacied.com", "ajaxapp.net", "aji.kr", "ak47.hu", "akademiyauspexa.xyz", "akapost.com", "akash9.gq", "akerd.com", "akgq701.com", "aklqo.com", "aknet.kg", "akorde.al", "aktiefmail.nl", "al-qaeda.us", "albawaba.com", "albionwe.us", "alchemywe.us", "aldeyaa.ae", "alessia1818.site", "alex4all.com", "alexandria.cc", "alexbox.online", "alfamailr.org", "algeria.com", "alhilal.net", "aliaswe.us", "alibaba.com", "alice.it", "aliceadsl.fr", "alienware13.com", "aligamel.com", "alimunjaya.xyz", "alisongamel.com", "alivance.com", "alive.cz", "alivewe.us", "aliyun.com", "all-cats.ru", "all-mail.net", "allaccesswe.us", "allamericanwe.us", "allaroundwe.us", "alldirectbuy.com", "allegiancewe.us", "allegrowe.us", "allemails.co.uk", "allen.nom.za", "allergist.com", "allgoodwe.us", "alliancewe.us", "allinonewe.us", "allmail.net", "alloutwe.us", "allowed.org", "alloymail.com", "alloywe.us", "allprowe.us", "allracing.com", "allsaintsfan.com", "allseasonswe.us", "allstarwe.us", "alltel.net", "alltempmail.com", "allthegoodnamesaretaken.org", "alltopmail.com", "allurewe.us", "almondwe.us", "alph.wtf", "alpha-web.net", "alphaomegawe.us", "alpinewe.us", "alsheim.no-ip.org", "alskens.dk", "altairwe.us", "altavista.com", "altavista.net", "altavista.se", "alternativagratis.com", "altitudewe.us", "altmails.com", "altuswe.us", "alumni.com", "alumnidirector.com", "alumnimp3.xyz", "alvilag.hu", "ama-trade.de", "ama-trans.de", "amadamus.com", "amadeuswe.us", "amail.club", "amail.com", "amail3.com", "amail4.me", "amav.ro", "amazon-aws.org", "amazon.coms.hk", "ambassadorwe.us", "amberwe.us", "ambiancewe.us", "ambitiouswe.us", "amelabs.com", "amele.com", "ameraldmail.com", "america.hm", "americanawe.us", "americasbestwe.us", "americaswe.us", "ameritech.net", "amicuswe.us", "amigowe.us", "amilegit.com", "amiri.net", "amiriindustries.com", "amitywe.us", "amnetsal.com", "amoksystems.com", "amplewe.us", "amplifiedwe.us", "amplifywe.us", "ampsylike.com", "amrer.net", "amuro.net", "amuromail.com", "an.id.au", "analysiswe.us", "analyticalwe.us", "analyticswe.us", "analyticwe.us", "ananzi.co.za", "anappfor.com", "anappthat.com", "ancestry.com", "andreihusanu.ro", "andthen.us", "andylau.net", "anfmail.com", "angelfan.com", "angelfire.com", "angelic.com", "animal.net", "animalhouse.com", "animalwoman.net", "animesos.com", "anit.ro", "anjungcafe.com", "ano-mail.net", "anon-mail.de", "anonbox.net", "anonmail.xyz", "anonmails.de", "anonymail.dk", "anonymbox.com", "anonymize.com", "anonymized.org", "anonymous-email.net", "anonymousfeedback.net", "anonymousmail.org", "anonymousness.com", "anonymousspeech.com", "anote.com", "another.com", "anotherdomaincyka.tk", "anotherwin95.com", "ansibleemail.com", "anthony-junkmail.com", "anthropologycommunity.com", "anti-social.com", "antichef.com", "antichef.net", "antireg.com", "antireg.ru", "antisocial.com", "antispam.de", "antispam24.de", "antispammail.de", "antongijsen.com", "antwerpen.com", "anyalias.com", "anymoment.com", "anytimenow.com", "anywhere.pw", "ao4ffqty.com", "aoeuhtns.com", "aol.co.uk", "aol.com", "aol.it", "apexmail.com", "apfelkorps.de", "aphlog.com", "apkmd.com", "apmail.com", "apollo.lv", "app-expert.com", "app-mailer.com", "appc.se", "appdollars.com", "appinventor.nl", "appixie.com", "apple.dnsabr.com", "appmail.top", "appmail24.com", "appmaillist.com", "appraiser.net", "approvers.net", "apps.dj", "arabia.com", "arabtop.net", "arcademaster.com", "archaeologist.com", "arcor.de", "arcotronics.bg", "arcticmail.com", "arduino.hk", "argentina.com", "ariasexy.tk", "ariaz.jetzt", "aristotle.org", "armail.in", "army.net", "armyspy.com", "arnet.com.ar", "arno.fi", "arockee.com", "aron.us", "arroisijewellery.com", "art-en-ligne.pro", "artlover.com", "artlover.com.au", "artman-conception.com", "arur01.tk", "arurgitu.gq", "arurimport.ml", "arvato-community.de", "as-if.com", "asana.biz", "aschenbrandt.net", "asdasd.nl", "asdasd.ru", "asdfasdfmail.net", "asdfghmail.com", "asdfmail.net", "asean-mail.com", "asheville.com", "ashleyandrew.com", "ashotmail.com", "asia-links.com", "asia-mail.com", "asia.com", "asiafind.com", "asianavenue.com", "asiancityweb.com", "asiansonly.net", "asianwired.net", "asiapoint.net", "asiarap.usa.cc", "ask-mail.com", "asooemail.net", "asorent.com", "ass.pp.ua", "assala.com", "assamesemail.com", "asspoo.com", "assurancespourmoi.eu", "astonut.cf", "astonut.ga", "astonut.ml", "astonut.tk", "astroboymail.com", "astroempires.info", "astrolover.com", "astrosfan.com", "astrosfan.net", "asu.mx", "asu.su", "asurfer.com", "at.hm", "at0mik.org", "atech5.com", "atheist.com", "athenachu.net", "atina.cl", "atl.lv", "atlanticbb.net", "atlaswebmail.com", "atlink.com", "atnextmail.com", "ato.check.com", "atozasia.com", "atrickmail.com", "att.net", "attbi.com", "attglobal.net", "attnetwork.com", "attymail.com", "atvclub.msk.ru", "au.ru", "auctioneer.net", "augmentationtechnology.com", "ausi.com", "austin.rr.com", "australia.edu", "australiamail.com", "austrosearch.net", "auti.st", "autoescuelanerja.com", "automotiveauthority.com", "autorobotica.com", "autosouvenir39.ru", "autotwollow.com", "autowb.com", "aver.com", "averdov.com", "avh.hu", "avia-tonic.fr", "avls.pt", "awatum.de", "awiki.org", "aws910.com", "awsom.net", "ax80mail.com", "axeprim.eu", "axiz.org", "axon7zte.com", "axoskate.com", "axsup.net", "ay33rs.flu.cc", "ayna.com", "azazazatashkent.tk", "azcomputerworks.com", "azimiweb.com", "azjuggalos.com", "azmeil.tk", "b.cr.cloudns.asia", "b.yertxenor.tk", "b0.nut.cc", "b1of96u.com", "b2bx.net", "b2cmail.de", "b9x45v1m.com", "babau.cf", "babau.flu.cc", "babau.ga", "babau.gq", "babau.igg.biz", "babau.ml", "babau.mywire.org", "babau.nut.cc", "babau.usa.cc", "bachelorboy.com", "bachelorgal.com", "backalleybowling.info", "backflip.cf", "backpackers.com", "backstreet-boys.com", "backstreetboysclub.com", "badgerland.eu", "badhus.org", "badoop.com", "badpotato.tk", "bagherpour.com", "bakar.bid", "balanc3r.com", "ballsofsteel.net", "bandai.nom.co", "bangkok.com", "bangkok2000.com", "bangsat.in", "banhbeovodich.vn", "banit.club", "banit.me", "bank-opros1.ru", "bannertown.net", "baptistmail.com", "baptized.com", "barcelona.com", "bareed.ws", "barrabravaz.com", "barryogorman.com", "barrypov.com", "barryspov.com", "bartdevos.be", "bartender.net", "bartoparcadecabinet.com", "baseballmail.com", "basketballmail.com", "basscode.org", "battricks.com", "batuta.net", "baudoinconsulting.com", "bauwerke-online.com", "baxomale.ht.cx", "bazaaboom.com", "bbhost.us", "bboy.zzn.com", "bcaoo.com", "bcast.ws", "bcb.ro", "bccto.me", "bcpl.net", "bcvibes.com", "bd.dns-cloud.net", "bdmuzic.pw", "bearsarefuzzy.com", "beck-it.net", "beddly.com", "beeebank.com", "beefmilk.com", "beenhad.com", "beep.ru", "beer.com", "beerolympics.se", "beethoven.com", "begoz.com", "bei.kr", "belamail.org", "belastingdienst.pw", "belice.com", "belizehome.com", "bell.net", "bellair.com", "bellatlantic.net", "belljonestax.com", "bellnet.ca", "bellsouth.net", "beluckygame.com", "benipaula.org", "beo.kr", "beribase.ru", "beribaza.ru", "berirabotay.ru", "berkscounty.com", "berlin.com", "berlin.de", "berlinexpo.de", "best-mail.net", "bestats.top", "bestchoiceusedcar.com", "bestmail.us", "bestoption25.club", "bestpieter.com", "bestsoundeffects.com", "bestvpn.top", "bestweb.net", "betr.co", "bettergolf.net", "bev.net", "bfo.kr", "bgtmail.com", "bgx.ro", "bharatmail.com", "bho.hu", "bho.kr", "bickmail.com.au", "bidourlnks.com", "big1.us", "bigassweb.com", "bigblue.net.au", "bigboab.com", "bigfoot.com", "bigfoot.de", "bigger.com", "bigmailbox.com", "bigpond.com", "bigpond.com.au", "bigpond.net.au", "bigprofessor.so", "bigramp.com", "bigstring.com", "bigwhoop.co.za", "bigwiki.xyz", "bij.pl", "bikemechanics.com", "bikeracer.com", "bikeracers.net", "bikerider.com", "billsfan.com", "billsfan.net", "bimamail.com", "bimla.net", "bin.8191.at", "binka.me", "binkmail.com", "binnary.com", "bio-muesli.info", "bio-muesli.net", "biometicsliquidvitamins.com", "bione.co", "biosor.cf", "birdlover.com", "birdowner.net", "bisons.com", "bit-degree.com", "bit2tube.com", "bitchmail.ga", "bitmail.com", "bitpage.net", "bitwerke.com", "bitwhites.top", "bitymails.us", "biz.st", "bizhosting.com", "bizsearch.info", "bk.ru", "bko.kr", "bla-bla.com", "blackbird.ws", "blackburnmail.com", "blackgoldagency.ru", "blackmarket.to", "blackplanet.com", "blacksburg.net", "blader.com", "bladesmail.net", "blazemail.com", "blazenet.net", "blip.ch", "bloatbox.com", "blogmyway.org", "blogos.com", "blogos.net", "blogspam.ro", "bloq.ro", "bloxter.cu.cc", "blu.it", "bluebottle.com", "bluedumpling.info", "bluehyppo.com", "bluemail.ch", "bluemail.dk", "bluesfan.com", "bluewerks.com", "bluewin.ch", "blueyonder.co.uk", "blushmail.com", "blutig.me", "bmlsports.net", "boardermail.com", "boatmail.us", "boatracers.com", "bobmail.info", "bobmurchison.com", "bodhi.lawlita.com", "bofthew.com", "bogotadc.info", "boimail.com", "bol.com.br", "bolando.com", "bollywoodz.com", "bolt.com", "boltonfans.com", "bombdiggity.com", "bonbon.net", "bongobongo.cf", "bongobongo.flu.cc", "bongobongo.ga", "bongobongo.gq", "bongobongo.igg.biz", "bongobongo.ml", "bongobongo.nut.cc", "bongobongo.tk", "bongobongo.usa.cc", "bonobo.email", "bookthemmore.com", "boom.com", "bootmail.com", "bootybay.de", "bopra.xyz", "bopunkten.se", "borged.com", "borged.net", "borged.org", "bornnaked.com", "bossmail.de", "bossofthemoss.com", "bostonoffice.com", "bot.nu", "boun.cr", "bounce.net", "bouncr.com", "box.az", "box.yadavnaresh.com.np", "boxbg.com", "boxemail.com", "boxformail.in", "boxfrog.com", "boximail.com", "boxmail.co", "boxtemp.com.br", "boyzoneclub.com", "bradfordfans.com", "brainonfire.net", "brandallday.net", "brasilia.net", "brasx.org", "bratwurst.dnsabr.com", "braun4email.com", "brazilmail.com", "brazilmail.com.br", "breadtimes.press", "breakthru.com", "breathe.com", "brefmail.com", "brennendesreich.de", "bresnan.net", "brew-master.com", "brew-meister.com", "brfree.com.br", "briefkasten2go.de", "briggsmarcus.com", "bright.net", "britishintelligence.co.uk", "britneyclub.com", "brittonsign.com", "broadbandninja.com", "broadcast.net", "browniesgoreng.com", "brownieslumer.com", "brunhilde.ml", "brutaldate.com", "bsdmail.com", "bsnow.net", "bspamfree.org", "bspooky.com", "bst-72.com", "bt.com", "btb-notes.com", "btc.email", "btcmail.pw", "btconnect.com", "btinternet.com", "btizet.pl", "btopenworld.co.uk", "btopenworld.com", "buccalmassage.ru", "budaya-tionghoa.com", "budayationghoa.com", "buffemail.com", "buffymail.com", "bugmenever.com", "bugmenot.com", "bugmenot.ml", "bullbeer.org", "bullsfan.com", "bullsgame.com", "bulrushpress.com", "bum.net", "bumerang.ro", "bumpymail.com", "bunchofidiots.com", "bund.us", "bundes-li.ga", "bungabunga.cf", "bunko.com", "bunsenhoneydew.com", "burgercentral.us", "burnthespam.info", "burstmail.info", "buryfans.com", "business-agent.info", "business-man.com", "businessagent.email", "businessbackend.com", "businesscredit.xyz", "businessman.net", "businesssource.net", "businesssuccessislifesuccess.com", "businessweekmail.com", "buspad.org", "busta-rhymes.com", "busymail.com", "buxap.com", "buy003.com", "buyersusa.com", "buygapfashion.com", "buymoreplays.com", "buyordie.info", "buyusedlibrarybooks.org", "bvimailbox.com", "bwa33.net", "by8006l.com", "byebyemail.com", "byespm.com", "byom.de", "byteme.com", "c1oramn.com", "c2.hu", "c2i.net", "c3.hu", "c4.com", "c4utar.ml", "c51vsgq.com", "c7fk799.com", "ca.rr.com", "cabacabana.com", "cableone.net", "cachedot.net", "caere.it", "cafecar.xyz", "cairomail.com", "cais.net", "californiafitnessdeals.com", "californiamail.com", "callnetuk.com", "callsign.net", "caltanet.it", "cam4you.cc", "camidge.com", "campano.cl", "canada-11.com", "canada.com", "canadianmail.com", "candymail.de", "cane.pw", "canoemail.com", "canwetalk.com", "capu.net", "car101.pro", "caramail.com", "carbtc.net", "card.zp.ua", "care2.com", "careerbuildermail.com", "carins.io", "carioca.net", "carolina.rr.com", "carrnelpartners.com", "cars2.club", "cart.4.0.0.1.com", "cartelera.org", "cartestraina.ro", "casablancaresort.com", "caseedu.tk", "cash4u.com", "casino.com", "casualdx.com", "catcha.com", "catholic.org", "catlover.com", "catsrule.garfield.com", "cavi.mx", "cazis.fr", "cbair.com", "cbes.net", "cc.liamria", "ccnmail.com", "cd.mintemail.com", "cd2.com", "cdnqa.com", "cdpa.cc", "cdr.fastmail.fm", "ce.mintemail.com", "ceed.se", "cek.pm", "celineclub.com", "cellurl.com", "celtic.com", "cem.net", "centermail.com", "centermail.net", "centoper.it", "central-servers.xyz", "centrallosana.ga", "centralpets.com", "centrum.cz", "centrum.sk", "centurylink.net", "centurytel.net", "cetpass.com", "cfl.rr.com", "cfo2go.ro", "cgac.es", "ch.tc", "chacuo.net", "chaiyomail.com", "chammy.info", "champmails.com", "chance2mail.com", "chandrasekar.net", "changingemail.com", "chapar.cf", "chaparmail.tk", "charm.net", "charmedmail.com", "charter.net", "chat.ru", "chattown.com", "chauhanweb.com", "cheap3ddigitalcameras.com", "cheaphorde.com", "cheaphub.net", "cheatmail.de", "chechnya.conf.work", "check.com", "check1check.com", "checknew.pw", "cheerful.com", "chef.asana.biz", "chef.net", "chek.com", "chello.nl", "chemist.com", "chequemail.com", "chewiemail.com", "cheyenneweb.com", "chez.com", "chibakenma.ml", "chickenkiller.com", "chickmail.com", "chielo.com", "childsavetrust.org", "chilelinks.cl", "chilkat.com", "china.net.vg", "chinalook.com", "chinamail.com", "chinatov.com", "chirk.com", "chithinh.com", "chocaholic.com.au", "choco.la", "chogmail.com", "choicemail1.com", "chong-mail.com", "chong-mail.net", "chong-mail.org", "chris.burgercentral.us", "christianmail.net", "christopherfretz.com", "chumpstakingdumps.com", "churchusa.com", "cia-agent.com", "cia.hu", "ciaoweb.it", "cicciociccio.com", "cid.kr", "cigar-auctions.com", "cinci.rr.com", "cincinow.net", "citeweb.net", "citlink.net", "city-of-bath.org", "city-of-birmingham.com", "city-of-brighton.org", "city-of-cambridge.com", "city-of-coventry.com", "city-of-edinburgh.com", "city-of-lichfield.com", "city-of-lincoln.com", "city-of-liverpool.com", "city-of-manchester.com", "city-of-nottingham.com", "city-of-oxford.com", "city-of-swansea.com", "city-of-westminster.com", "city-of-westminster.net", "city-of-york.net", "city2city.com", "cityofcardiff.net", "cityoflondon.org", "civilizationdesign.xyz", "civvic.ro", "civx.org", "ckaazaza.tk", "ckiso.com", "cko.kr", "ckoie.com", "cl-cl.org", "cl.gl", "cl0ne.net", "claimab.com", "clandest.in", "claramail.com", "clashatclintonemail.com", "classicalfan.com", "classicmail.co.za", "clay.xyz", "clean.pro", "cleansafemail.com", "clearmail.online", "clearwatermail.info", "clerk.com", "click-email.com", "click-mail.net", "click-mail.top", "clickanerd.net", "clickmail.info", "cliffhanger.com", "clinicatbf.com", "clintonemailhearing.com", "clipmail.cf", "clipmail.eu", "clipmail.ga", "clipmail.gq", "clipmail.ml", "clipmail.tk", "cliptik.net", "clixser.com", "close2you.net", "cloud-mail.net", "cloud99.pro", "cloud99.top", "cloudns.asia", "cloudstat.top", "clrmail.com", "cls-audio.club", "club-internet.fr", "club4x4.net", "clubalfa.com", "clubbers.net", "clubducati.com", "clubfier.com", "clubhonda.net", "clubmember.org", "clubvdo.net", "cluemail.com", "cmail.club", "cmail.com", "cmail.net", "cmail.org", "cmailg.com", "cmpmail.com", "cnamed.com", "cndps.com", "cnew.ir", "cnmsg.net", "cnn.coms.hk", "cnnsimail.com", "cnsds.de", "co.cc", "cobarekyo1.ml", "cobin2hood.com", "cock.li", "cocodani.cf", "cocovpn.com", "codeandscotch.com", "codec.ro", "coder.hu", "codivide.com", "codupmyspace.com", "codyting.com", "coffeelovers.life", "cogeco.ca", "cognitiveways.xyz", "coid.biz", "coieo.com", "coin-link.com", "coin-one.com", "coinbroker.club", "coinlink.club", "colafanta.cf", "coldemail.info", "coldmail.com", "collectiblesuperstore.com", "collector.org", "collegebeat.com", "collegeclub.com", "collegemail.com", "colleges.com", "colorweb.cf", "columbus.rr.com", "columbusrr.com", "columnist.com", "com.ar", "comcast.net", "comic.com", "comilzilla.org", "communitybuildingworks.xyz", "communityconnect.com", "compareshippingrates.org", "completegolfswing.com", "comprendemail.com", "compuserve.com", "computer-freak.com", "computer4u.com", "computermail.net", "coms.hk", "comsafe-mail.net", "comwest.de", "concealed.company", "concentric.net", "conexcol.com", "conf.work", "confidential.life", "config.work", "conk.com", "connect4free.net", "connectbox.com", "conok.com", "consultant.com", "consumerriot.com", "contbay.com", "contentwanted.com", "contractor.net", "contrasto.cu.cc", "cookiecooker.de", "cookiemonster.com", "cool.br", "cool.fr.nf", "coolandwacky.us", "coolgoose.ca", "coolgoose.com", "coolimpool.org", "coolkiwi.com", "coollist.com", "coolmail.com", "coolmail.net", "coolsend.com", "coolsite.net", "coolyour.pw", "cooooool.com", "cooperation.net", "cooperationtogo.net", "copacabana.com", "cornells.com", "cornerpub.com", "corporatedirtbag.com", "correo.blogos.net", "correo.terra.com.gt", "cortex.kicks-ass.net", "cortinet.com", "cosmorph.com", "cotas.net", "counsellor.com", "countrylover.com", "courriel.fr.nf", "courrieltemporaire.com", "covad.net", "cowcell.com", "cowstore.net", "cox.net", "coxinet.net", "coxmail.com", "coza.ro", "cpaonline.net", "cpmail.life", "cpsystems.ru", "cr.cloudns.asia", "cr97mt49.com", "cracker.hu", "crankhole.com", "crankmails.com", "crapmail.org", "crastination.de", "crazedanddazed.com", "crazespaces.pw", "crazymail.info", "crazymail.online", "crazymailing.com", "crazysexycool.com", "cream.pink", "creazionisa.com", "cristianemail.com", "critterpost.com", "croeso.com", "cross-law.ga", "cross-law.gq", "crosshairs.com", "crosslink.net", "crossroadsmail.com", "crosswinds.net", "crotslep.ml", "crotslep.tk", "crowd-mail.com", "crwmail.com", "cry4helponline.com", "crymail2.com", "cryp.email", "crypemail.info", "crypto-net.club", "cryptonet.top", "cs.com", "csh.ro", "csi.com", "csinibaba.hu", "csoftmail.cn", "cszbl.com", "ctmailing.us", "ctos.ch", "cu.cc", "cubiclink.com", "cuemail.com", "cultmovie.com", "cumallover.me", "curio-city.com", "curlhph.tk", "curryworld.de", "cust.in", "customs2g3.com", "cute-girl.com", "cuteandcuddly.com", "cutey.com", "cutout.club", "cuvox.de", "cww.de", "cx.de-a.org", "cyber-africa.net", "cyber-host.net", "cyber-innovation.club", "cyber-phone.eu", "cyber-wizard.com", "cyber4all.com", "cyberbabies.com", "cybercafemaui.com", "cyberdude.com", "cyberforeplay.net", "cybergal.com", "cybergrrl.com", "cyberinbox.com", "cyberleports.com", "cybermail.net", "cybernet.it", "cyberservices.com", "cybersex.com", "cyberspace-asia.com", "cybertrains.org", "cyclefanz.com", "cylab.org", "cynetcity.com", "czqjii8.com", "d3p.dk", "d58pb91.com", "d8u.us", "daabox.com", "dab.ro", "dabsol.net", "dacha-24.ru", "dacoolest.com", "dadacasa.com", "daemsteam.com", "daha.com", "daily-email.com", "dailypioneer.com", "daintly.com", "dallas.theboys.com", "dallasmail.com", "damai.webcam", "dammexe.net", "damnthespam.com", "dancemanual.com", "dandikmail.com", "dangerous-minds.com", "dansegulvet.com", "darkharvestfilms.com", "darknode.org", "daryxfox.net", "dasdasdascyka.tk", "dash-pads.com", "data54.com", "dataarca.com", "datarca.com", "datasoma.com", "datazo.ca", "datum2.com", "daum.net", "davegracey.com", "davidkoh.net", "davidlcreative.com", "dawnsonmail.com", "dawsonmail.com", "daymail.life", "daymailonline.com", "dayrep.com", "dazedandconfused.com", "dbo.kr", "dbunker.com", "dbzmail.com", "dc-business.com", "dca.net", "dcemail.com", "ddcrew.com", "ddnsfree.com", "ddosed.us", "de-a.org", "de-fake.instafly.cf", "de.sytes.net", "deadaddress.com", "deadchildren.org", "deadfake.cf", "deadfake.ga", "deadfake.ml", "deadfake.tk", "deadlymob.org", "deadspam.com", "deagot.com", "deal-maker.com", "dealja.com", "dealrek.com", "dearriba.com", "death-star.com", "decoymail.mx", "deekayen.us", "defomail.com", "degradedfun.net", "dejanews.com", "delayload.com", "delayload.net", "delikkt.de", "deliverme.top", "deliveryman.com", "deltanet.com", "demen.ml", "deneg.net", "depechemode.com", "der-kombi.de", "derder.net", "derkombi.de", "derluxuswagen.de", "deseretmail.com", "desertmail.com", "desilota.com", "deskmail.com", "deskpilot.com", "desoz.com", "despam.it", "despammed.com", "destin.com", "detik.com", "deutschland-net.com", "dev-null.cf", "dev-null.ga", "dev-null.gq", "dev-null.ml", "devnullmail.com", "devotedcouples.com", "dextm.ro", "deyom.com", "dfgggg.org", "dfgh.net", "dfghj.ml", "dfwatson.com", "dharmatel.net", "dhm.ro", "di-ve.com", "dialogus.com", "diapaulpainting.com", "dicksinhisan.us", "dicksinmyan.us", "digdown.xyz", "digibel.be", "digital-email.com", "digital-message.com", "digital-work.net", "digitalmail.info", "digitalmariachis.com", "digitalsanctuary.com", "dildosfromspace.com", "dim-coin.com", "dingbone.com", "dinkmail.com", "diplomats.com", "direct-mail.info", "direct-mail.top", "directmail.top", "directmail24.net", "direcway.com", "dirtracer.com", "disaq.com", "disario.info", "disbox.net", "disbox.org", "discard-email.cf", "discard.cf", "discard.email", "discard.ga", "discard.gq", "discard.ml", "discard.tk", "discardmail.com", "discardmail.de", "disciples.com", "discofan.com", "discordmail.com", "discoverwatch.com", "discovery.com", "discoverymail.com", "dishmail.net", "disign-concept.eu", "disign-revelation.com", "disinfo.net", "dispo.in", "dispomail.eu", "disposable-email.ml", "disposable.cf", "disposable.com", "disposable.ga", "disposable.ml", "disposableaddress.com", "disposableemail.org", "disposableemailaddresses.com", "disposableinbox.com", "disposablemail.top", "disposablemails.com", "dispose.it", "disposeamail.com", "disposemail.com", "dispostable.com", "divad.ga", "divermail.com", "divismail.ru", "diwaq.com", "dko.kr", "dlemail.ru", "dm.w3internet.co.uk", "dm.w3internet.co.ukexample.com", "dma.in-ulm.de", "dmail.kyty.net", "dmailman.com", "dmarc.ro", "dmv.com", "dns-cloud.net", "dnsabr.com", "dnsdeer.com", "dnses.ro", "dnsmadeeasy.com", "doanart.com", "dob.jp", "doc-mail.net", "docmail.com", "docomo.ne.jp", "docs.coms.hk", "doctor.com", "dodgeit.com", "dodgemail.de", "dodgit.com", "dodgit.org", "dodo.com.au", "dodsi.com", "dog.com", "doglover.com", "dogmail.co.uk", "dogsnob.net", "doiea.com", "doityourself.com", "dolphinnet.net", "domforfb1.tk", "domforfb18.tk", "domforfb19.tk", "domforfb2.tk", "domforfb23.tk", "domforfb27.tk", "domforfb29.tk", "domforfb3.tk", "domforfb4.tk", "domforfb5.tk", "domforfb6.tk", "domforfb7.tk", "domforfb8.tk", "domforfb9.tk", "domozmail.com", "doneasy.com", "donemail.ru", "donjuan.com", "donot-reply.com", "dontgotmail.com", "dontmesswithtexas.com", "dontreg.com", "dontsendmespam.de", "doquier.tk", "doramail.com", "dostmail.com", "dot-mail.top", "dot-ml.ml", "dot-ml.tk", "dotcom.fr", "dotman.de", "dotmsg.com", "dotslashrage.com", "dott.it", "douchelounge.com", "doxcity.net", "doy.kr", "dozvon-spb.ru", "dp76.com", "dplanet.ch", "dqkerui.com", "dr.com", "dr69.site", "dragoncon.net", "dragons-spirit.org", "dragracer.com", "drama.tw", "drdrb.com", "drdrb.net", "dreamcatcher.email", "dred.ru", "drevo.si", "drivetagdev.com", "droolingfanboy.de", "dropcake.de", "drope.ml", "dropjar.com", "droplar.com", "droplister.com", "dropmail.me", "dropzone.com", "drotposta.hu", "drynic.com", "dsiay.com", "dslextreme.com", "dspwebservices.com", "dtools.info", "duam.net", "dubaimail.com", "dublin.com", "dublin.ie", "duck2.club", "dudmail.com", "duk33.com", "dukedish.com", "dumoac.net", "dump-email.info", "dumpandjunk.com", "dumpmail.de", "dumpyemail.com", "dunesmail.com", "dunflimblag.mailexpire.com", "dunlopdriver.com", "dunloprider.com", "duno.com", "durandinterstellar.com", "duskmail.com", "dutchmail.com", "dvd.dns-cloud.net", "dvd.dnsabr.com", "dvx.dnsabr.com", "dw.now.im", "dwp.net", "dwse.edu.pl", "dx.ez.lv", "dx.sly.io", "dyceroprojects.com", "dygo.com", "dynamitemail.com", "dynu.net", "dz-geek.org", "dz17.net", "e-apollo.lv", "e-mail.com", "e-mail.dk", "e-mail.jp", "e-mail.net", "e-mail.org", "e-mail.ru", "e-mailanywhere.com", "e-mails.ru", "e-marketstore.ru", "e-postkasten.com", "e-postkasten.de", "e-postkasten.eu", "e-postkasten.info", "e-tapaal.com", "e0yk-mail.ml", "e3z.de", "e4ward.com", "e7n06wz.com", "eaglemail.top", "earthalliance.com", "earthcam.net", "earthdome.com", "earthling.net", "earthlink.net", "earthonline.net", "eastcoast.co.za", "eastmail.com", "eastwan.net", "easy-apps.info", "easy-mail.top", "easy-trash-mail.com", "easy.to", "easyemail.info", "easymail.top", "easypost.com", "easytrashmail.com", "eatmea2z.club", "eatmydirt.com", "eatrnet.com", "eb609s25w.com", "ebano.campano.cl", "ebeschlussbuch.de", "ebs.com.ar", "ecallheandi.com", "ecardmail.com", "ecbsolutions.net", "echina.com", "echt-mail.de", "eco.ilmale.it", "ecolo-online.fr", "ecompare.com", "edge.net", "edgex.ru", "edinburgh-airporthotels.com", "edmail.com", "ednatx.com", "edrishn.xyz", "edtnmail.com", "educacao.te.pt", "educastmail.com", "edv.to", "ee1.pl", "ee2.pl", "eelmail.com", "efo.kr", "efxs.ca", "ehmail.com", "eho.kr", "eilersmail.com", "einfach.to", "einmalmail.de", "einrot.com", "einrot.de", "eintagsmail.de", "eircom.net", "elearningjournal.org", "electro.mn", "elitevipatlantamodels.com", "elki-mkzn.ru", "elp.rr.com", "elsitio.com", "elvis.com", "elvisfan.com", "ely.kr", "email-fake.cf", "email-fake.com", "email-fake.ga", "email-fake.gq", "email-fake.ml", "email-fake.tk", "email-host.info", "email-jetable.fr", "email-lab.com", "email-list.online", "email-london.co.uk", "email-server.info", "email-wizard.com", "email.cbes.net", "email.com", "email.cz", "email.de", "email.ee", "email.it", "email.net", "email.nu", "email.plala.or.jp", "email.ro", "email.ru", "email.si", "email.women.com", "email2me.net", "email60.com", "emailacc.com", "emailaccount.com", "emailage.cf", "emailage.ga", "emailage.gq", "emailage.ml", "emailage.tk", "emailahi.com", "emailapps.in", "emailapps.info", "emailchoice.com", "emailcorner.net", "emaildienst.de", "emailem.com", "emailengine.net", "emailfake.com", "emailfake.ml", "emailfake.nut.cc", "emailforyou.net", "emailfreedom.ml", "emailgenerator.de", "emailgo.de", "emailgroups.net", "emailhearing.com", "emailias.com", "emailigo.de", "emailinbox.xyz", "emailinfive.com", "emailirani.ir", "emailisvalid.com", "emaillime.com", "emailll.org", "emailmenow.info", "emailmiser.com", "emailna.co", "emailnode.net", "emailo.pro", "emailondeck.com", "emailpinoy.com", "emailplanet.com", "emailportal.info", "emailproxsy.com", "emailresort.com", "emails.ga", "emails.ru", "emailsecurer.com", "emailsensei.com", "emailsingularity.net", "emailspam.cf", "emailspam.ga", "emailspam.gq", "emailspam.ml", "emailspam.tk", "emailsy.info", "emailtea.com", "emailtech.info", "emailtemporanea.com", "emailtemporanea.net", "emailtemporar.ro", "emailtemporario.com.br", "emailthe.net", "emailtmp.com", "emailto.de", "emailure.net", "emailuser.net", "emailwarden.com", "emailx.at.hm", "emailx.net", "emailxfer.com", "emailz.cf", "emailz.ga", "emailz.gq", "emailz.ml", "emall.ml", "ematic.com", "embarqmail.com", "emeil.cf", "emeil.in", "emeil.ir", "emeraldwebmail.com", "emeyle.com", "emil.com", "emkei.cf", "emkei.ga", "emkei.gq", "emkei.ml", "emkei.tk", "eml.pp.ua", "emlhub.com", "emlpro.com", "emltmp.com", "empireanime.ga", "empiremail.de", "emstjzh.com", "emumail.com", "emy.kr", "emz.net", "end-war.com", "endrix.org", "enel.net", "engineer.com", "england.com", "england.edu", "englandmail.com", "enjoy.email.ne.jp", "enter.net", "enterto.com", "enu.kr", "envy17.com", "eny.kr", "eoffice.top", "eonmech.com", "eos2mail.com", "epatra.com", "epb.ro", "ephemail.net", "ephemeral.email", "epix.net", "epost.de", "eposta.hu", "eqeqeqeqe.tk", "eqiluxspam.ga", "eqqu.com", "eramail.co.za", "erasf.com", "eresmas.com", "ericjohnson.ml", "eriga.lv", "ero-tube.org", "erols.com", "esbano-ru.ru", "esc.la", "escapehatchapp.com", "ese.kr", "esemay.com", "esgeneri.com", "esprity.com", "esseriod.com", "est.une.victime.ninja", "estate-invest.fr", "estranet.it", "etcmail.com", "etgdev.de", "eth2btc.info", "ether123.net", "ethereal.email", "ethereum1.top", "ethersports.org", "ethersportz.info", "ethos.st", "etlgr.com", "etoast.com", "etoic.com", "etotvibor.ru", "etrademail.com", "etranquil.com", "etranquil.net", "etranquil.org", "eu.igg.biz", "euaqa.com", "eudoramail.com", "europe.com", "europemail.com", "euroseek.com", "euroweb.email", "evanfox.info", "eveav.com", "every1.net", "everyday.com.kh", "everyone.net", "everytg.ml", "evopo.com", "evyush.com", "ewa.kr", "examnotes.net", "example.com", "excite.co.jp", "excite.com", "excite.it", "exclusivemail.co.za", "execs.com", "executive.co.za", "exemail.com.au", "exi.kr", "existiert.net", "exitstageleft.net", "explodemail.com", "express.net.ua", "expressasia.com", "extenda.net", "extended.com", "extremail.ru", "eyepaste.com", "eyou.com", "ez.lv", "ezcybersearch.com", "ezehe.com", "ezfill.club", "ezfill.com", "ezlo.co", "ezmail.egine.com", "ezmail.ru", "ezrs.com", "ezstest.com", "ezweb.ne.jp", "ezy.net", "f.moza.pl", "f1fans.net", "f4k.es", "f5.si", "facebook-email.cf", "facebook-email.ga", "facebook-email.ml", "facebook.com", "facebookmail.gq", "facebookmail.ml", "fackme.gq", "fadingemail.com", "fag.wf", "failbone.com", "faithkills.com", "faithkills.org", "fake-box.com", "fake-email.pp.ua", "fake-mail.cf", "fake-mail.ga", "fake-mail.gq", "fake-mail.ml", "fake-mail.tk", "fakedemail.com", "fakeinbox.cf", "fakeinbox.com", "fakeinbox.ga", "fakeinbox.info", "fakeinbox.ml", "fakeinbox.tk", "fakeinformation.com", "fakemail.fr", "fakemail.win", "fakemailgenerator.com", "fakemails.cf", "fakemails.ga", "fakemails.gq", "fakemails.ml", "fakemailz.com", "fakemyinbox.com", "fammix.com", "fan.com", "fan.theboys.com", "fangoh.com", "fansonlymail.com", "fansworldwide.de", "fantasticmail.com", "fantasymail.de", "farang.net", "faroweb.com", "farrse.co.uk", "fartwallet.com", "fast-coin.com", "fast-email.info", "fast-mail.fr", "fast-mail.one", "fastacura.com", "fastair.info", "fastchevy.com", "fastchrysler.com", "fastem.com", "fastemail.us", "fastemailer.com", "fastemails.us", "fastermail.com", "fasternet.biz", "fastimap.com", "fastkawasaki.com", "fastmail.com.au", "fastmail.fm", "fastmailbox.net", "fastmailforyou.net", "fastmailnow.com", "fastmazda.com", "fastmessaging.com", "fastmitsubishi.com", "fastnissan.com", "fastservice.com", "fastsubaru.com", "fastsuzuki.com", "fasttoyota.com", "fastyamaha.com", "fatcock.net", "fatflap.com", "fathersrightsne.org", "faze.biz", "fbi-agent.com", "fbi.coms.hk", "fbi.hu", "fbma.tk", "fbmail1.ml", "fc66998.com", "fcc.net", "fcml.mx", "fddns.ml", "fdfdsfds.com", "feamail.com", "federalcontractors.com", "felicity.com", "felicitymail.com", "femenino.com", "fer-gabon.org", "fermaxxi.ru", "fetchmail.co.uk", "fetchmail.com", "fetchnet.co.uk", "fettometern.com", "feyenoorder.com", "ffanet.com", "fghmail.net", "fiberia.com", "fibertel.com.ar", "ficken.de", "fictionsite.com", "fidelium10.com", "fido.be", "fightallspam.com", "figjs.com", "figshot.com", "figurescoin.com", "fiifke.de", "filbert4u.com", "filberts4u.com", "filipinolinks.com", "film-blog.biz", "filzmail.com", "financemail.net", "financier.com", "findemail.info", "findmail.com", "findu.pl", "finebody.com", "finfin.com", "fingermouse.org", "fir.hk", "fire-brigade.com", "fireman.net", "first-email.net", "first-mail.info", "fishburne.org", "fishfortomorrow.xyz", "fitnesrezink.ru", "five-club.com", "five-plus.net", "fivemail.de", "fixmail.tk", "fizmail.com", "flashbox.5july.org", "flashcom.net", "flashemail.com", "flashmail.com", "flashmail.net", "fleckens.hu", "flemail.com", "flemail.ru", "flipcode.com", "flitafir.de", "flowu.com", "flu.cc", "flurre.com", "flurred.com", "fly-ts.de", "flyinggeek.net", "flyspam.com", "fmail.co.uk", "fmail.pw", "fmailbox.com", "fmgirl.com", "fmguy.com", "fnbmail.co.za", "fnmail.com", "fnzm.net", "folkfan.com", "foobarbot.net", "foodbooto.com", "foodmail.com", "footard.com", "football.theboys.com", "footballmail.com", "foquita.com", "for-president.com", "for4mail.com", "forecastertests.com", "foreskin.cf", "foreskin.ga", "foreskin.gq", "foreskin.tk", "forfree.at", "forgetmail.com", "fornow.eu", "forpresident.com", "forspam.net", "forthnet.gr", "fortuncity.com", "fortunecity.com", "forum.dk", "forward.cat", "four.fackme.gq", "foxja.com", "foxmail.com", "foxtrotter.info", "foy.kr", "fr.nf", "fr33mail.info", "fragolina2.tk", "francanet.com.br", "frapmail.com", "frappina.tk", "frappina99.tk", "free-email.cf", "free-email.ga", "free-org.com", "free.com.pe", "free.fr", "freeaccess.nl", "freeaccount.com", "freeandsingle.com", "freebabysittercam.com", "freeblackbootytube.com", "freebullets.net", "freecat.net", "freechristianbookstore.com", "freedom-mail.ga", "freedom.casa", "freedom.usa.com", "freedomlover.com", "freedompop.us", "freefattymovies.com", "freegates.be", "freeghana.com", "freehotmail.net", "freeinbox.email", "freelance-france.eu", "freeler.nl", "freeletter.me", "freemail.c3.hu", "freemail.com.au", "freemail.com.pk", "freemail.de", "freemail.et", "freemail.gr", "freemail.hu", "freemail.it", "freemail.lt", "freemail.ms", "freemail.nl", "freemail.org.mk", "freemaillink.com", "freemailnow.net", "freemails.cf", "freemails.ga", "freemails.ml", "freemeil.ga", "freemeil.gq", "freemeil.ml", "freemeil.tk", "freemommyvids.com", "freenet.de", "freenet.kg", "freeola.com", "freeola.net", "freeplumpervideos.com", "freerubli.ru", "freeschoolgirlvids.com", "freeserve.co.uk", "freeshemaledvds.com", "freesistercam.com", "freesistervids.com", "freestamp.com", "freestart.hu", "freesurf.fr", "freesurf.nl", "freeteenbums.com", "freetmail.in", "freetmail.net", "freetubearchive.com", "freeuk.com", "freeuk.net", "freeukisp.co.uk", "freeweb.email", "freeweb.org", "freewebemail.com", "freeyellow.com", "freezone.co.uk", "fresnomail.com", "freunde.ru", "freundin.ru", "friendlymail.co.uk", "friends-cafe.com", "friendsfan.com", "from-africa.com", "from-america.com", "from-argentina.com", "from-asia.com", "from-australia.com", "from-belgium.com", "from-brazil.com", "from-canada.com", "from-china.net", "from-england.com", "from-europe.com", "from-france.net", "from-germany.net", "from-holland.com", "from-israel.com", "from-italy.net", "from-japan.net", "from-korea.com", "from-mexico.com", "from-outerspace.com", "from-russia.com", "from-spain.net", "from.onmypc.info", "fromalabama.com", "fromalaska.com", "fromarizona.com", "fromarkansas.com", "fromcalifornia.com", "fromcolorado.com", "fromconnecticut.com", "fromdelaware.com", "fromflorida.net", "fromgeorgia.com", "fromhawaii.net", "fromidaho.com", "fromillinois.com", "fromindiana.com", "fromiowa.com", "fromjupiter.com", "fromkansas.com", "fromkentucky.com", "fromlouisiana.com", "frommaine.net", "frommaryland.com", "frommassachusetts.com", "frommiami.com", "frommichigan.com", "fromminnesota.com", "frommississippi.com", "frommissouri.com", "frommontana.com", "fromnebraska.com", "fromnevada.com", "fromnewhampshire.com", "fromnewjersey.com", "fromnewmexico.com", "fromnewyork.net", "fromnorthcarolina.com", "fromnorthdakota.com", "fromohio.com", "fromoklahoma.com", "fromoregon.net", "frompennsylvania.com", "fromrhodeisland.com", "fromru.com", "fromsouthcarolina.com", "fromsouthdakota.com", "fromtennessee.com", "fromtexas.com", "fromthestates.com", "fromutah.com", "fromvermont.com", "fromvirginia.com", "fromwashington.com", "fromwashingtondc.com", "fromwestvirginia.com", "fromwisconsin.com", "fromwyoming.com", "front.ru", "front14.org", "frontier.com", "frontiernet.net", "frostbyte.uk.net", "fsagc.xyz", "fsfsdf.org", "fsmail.net", "ftml.net", "ftp.sh", "ftpinc.ca", "fuckedupload.com", "fuckingduh.com", "fuckme69.club", "fudgerub.com", "fuhoy.com", "fuirio.com", "fullchannel.net", "fullmail.com", "fulvie.com", "fun2.biz", "fun64.com", "fun64.net", "funkfan.com", "funnycodesnippets.com", "funnymail.de", "fuorissimo.com", "fuqus.com", "furnitureprovider.com", "furusato.tokyo", "furzauflunge.de", "fuse.net", "fut.es", "fuwamofu.com", "fux0ringduh.com", "fw2.me", "fw6m0bd.com", "fwbfleamarket.gccoxmail.com", "fwnb.com", "fxnxs.com", "fxprix.com", "fxsmails.com", "fyii.de", "g-mailix.com", "g-meil.com", "g.ycn.ro", "g4444mail.com", "g4hdrop.us", "gabox.store", "gaf.oseanografi.id", "gafy.net", "gaggle.net", "galamb.net", "galaxy.tv", "galaxy5.com", "galaxyhit.com", "gally.jp", "game.com", "gamebox.net", "gamegeek.com", "gamegregious.com", "games.com", "games4free.flu.cc", "gamespotmail.com", "gamgling.com", "gamil.com", "gamno.config.work", "garage46.com", "garasikita.pw", "garbage.com", "garbagecollector.org", "garbagemail.org", "gardener.com", "gardenscape.ca", "garizo.com", "garliclife.com", "garrymccooey.com", "gateway.net", "gav0.com", "gawab.com", "gaybrighton.co.uk", "gaza.net", "gazeta.pl", "gazibooks.com", "gci.net", "geartower.com", "gee-wiz.com", "geecities.com", "geek.com", "geek.hu", "geeklife.com", "geew.ru", "gehensiemirnichtaufdensack.de", "geldwaschmaschine.de", "gelitik.in", "genderfuck.net", "general-hospital.com", "geo-crypto.com", "geocities.com", "geologist.com", "geopia.com", "germanmails.biz", "germanymail.com", "gero.us", "geroev.net", "geronra.com", "geschent.biz", "get-mail.cf", "get-mail.ga", "get-mail.ml", "get-mail.tk", "get.pp.ua", "get1mail.com", "get2mail.fr", "getairmail.cf", "getairmail.com", "getairmail.ga", "getairmail.gq", "getairmail.ml", "getairmail.tk", "getapet.net", "getcoolmail.info", "geteit.com", "getjulia.com", "getmails.eu", "getnada.com", "getnowtoday.cf", "getocity.com", "getonemail.com", "getonemail.net", "getsimpleemail.com", "gett.icu", "getvmail.net", "gfcom.com", "gh2000.com", "ghanamail.com", "ghostmail.com", "ghosttexter.de", "giaiphapmuasam.com", "giantmail.de", "giantsfan.com", "gibit.us", "gifto12.com", "giga4u.de", "gigileung.org", "ginzi.be", "ginzi.co.uk", "ginzi.es", "ginzi.net", "ginzy.co.uk", "ginzy.eu", "girlsindetention.com", "girlsundertheinfluence.com", "gishpuppy.com", "giuras.club", "giuypaiw8.com", "givepeaceachance.com", "givmail.com", "givmy.com", "giyam.com", "glay.org", "gleeze.com", "glendale.net", "glitch.sx", "globaleuro.net", "globalfree.it", "globalpagan.com", "globalsite.com.br", "globaltouron.com", "globo.com", "globomail.com", "glubex.com", "glucosegrin.com", "gmai.com", "gmail.co", "gmail.co.uk", "gmail.com", "gmail.com.com", "gmail.it", "gmail.om", "gmaildottrick.com", "gmailssdf.com", "gmal.com", "gmial.com", "gmx.at", "gmx.com", "gmx.de", "gmx.dns-cloud.net", "gmx.dnsabr.com", "gmx.fr", "gmx.li", "gmx.net", "gn8.cc", "gnctr-calgary.com", "gnwmail.com", "go.com", "go.irc.so", "go.ro", "go.ru", "go2.com.py", "go2net.com", "go2usa.info", "go2vpn.net", "goat.si", "gocollege.com", "gocubs.com", "godataflow.xyz", "godut.com", "goemailgo.com", "gofree.co.uk", "gok.kr", "goldenmail.ru", "goldmail.ru", "golemico.com", "golfemail.com", "golfilla.info", "golfmail.be", "golidi.net", "gomail.in", "gonavy.net", "goodjab.club", "goodstick.com", "googdad.tk", "googlemail.com", "goooogle.flu.cc", "goooogle.igg.biz", "goooogle.nut.cc", "goooogle.usa.cc", "goplay.com", "goplaygame.ru", "goranko.ga", "gorillaswithdirtyarmpits.com", "gorontalo.net", "gospelfan.com", "gosuslugi-spravka.ru", "gothere.biz", "gothere.uk.com", "gotmail.com", "gotmail.net", "gotmail.org", "gotomy.com", "gotti.otherinbox.com", "govolsfan.com", "gowikibooks.com", "gowikicampus.com", "gowikicars.com", "gowikifilms.com", "gowikigames.com", "gowikimusic.com", "gowikimusic.great-host.in", "gowikinetwork.com", "gowikitravel.com", "gowikitv.com", "gportal.hu", "gqlsryi.xyz", "grabmail.com", "graduate.org", "graffiti.net", "gramszu.net", "grandmamail.com", "grandmasmail.com", "graphic-designer.com", "grapplers.com", "gratislose.de", "gratisweb.com", "great-host.in", "greenhousemail.com", "greenmail.net", "greensloth.com", "greenst.info", "greentech5.com", "greggamel.com", "greggamel.net", "gregorsky.zone", "gregorygamel.com", "gregorygamel.net", "greyjack.com", "grish.de", "griuc.schule", "grn.cc", "groupmail.com", "grr.la", "grungecafe.com", "gruz-m.ru", "gs-arc.org", "gsredcross.org", "gsrv.co.uk", "gsxstring.ga", "gtemail.net", "gti.net", "gtmc.net", "gua.net", "gudanglowongan.com", "guerillamail.biz", "guerillamail.com", "guerillamail.de", "guerillamail.info", "guerillamail.net", "guerillamail.org", "guerillamailblock.com", "guerrillamail.biz", "guerrillamail.com", "guerrillamail.de", "guerrillamail.info", "guerrillamail.net", "guerrillamail.org", "guerrillamailblock.com", "guessmail.com", "guju.net", "guqoo.com", "gurlmail.com", "gustr.com", "guy.com", "guy2.com", "guyanafriends.com", "gwspt71.com", "gynzi.co.uk", "gynzi.es", "gynzy.at", "gynzy.es", "gynzy.eu", "gynzy.gr", "gynzy.info", "gynzy.lt", "gynzy.mobi", "gynzy.pl", "gynzy.ro", "gynzy.sk", "gyorsposta.com", "gyorsposta.hu", "gzb.ro", "h.mintemail.com", "h1z8ckvz.com", "h2-yy.nut.cc", "h8s.org", "h9js8y6.com", "habitue.net", "hacccc.com", "hacked.jp", "hackermail.com", "hackermail.net", "hackersquad.tk", "hackrz.xyz", "hackthatbit.ch", "hahawrong.com", "hailmail.net", "hairdresser.com", "hairdresser.net", "hairs24.ru", "haltospam.com", "hamptonroads.com", "handbag.com", "handleit.com", "hang-ten.com", "hanmail.net", "happemail.com", "happycounsel.com", "happydomik.ru", "happygoluckyclub.com", "happykorea.club", "happykoreas.xyz", "happymail.guru", "happypuppy.com", "haqed.com", "harakirimail.com", "hard-life.org", "hardcorefreak.com", "haribu.com", "haribu.net", "harmonyst.xyz", "hartbot.de", "hasanmail.ml", "hash.pp.ua", "hat-geld.de", "hatespam.org", "hawaii.rr.com", "hawaiiantel.net", "hawrong.com", "haydoo.com", "hazelnut4u.com", "hazelnuts4u.com", "hazmatshipping.org", "hbo.dns-cloud.net", "hbo.dnsabr.com", "hbxrlg4sae.ga", "hcac.net", "hd-mail.com", "hdmoviestore.us", "headbone.com", "headstrong.de", "healyourself.xyz", "heartthrob.com", "heathenhammer.com", "heathenhero.com", "hecat.es", "heerschap.com", "heesun.net", "hehe.com", "hello.hu", "hello.net.au", "hello.to", "hellodream.mobi", "helloricky.com", "helpinghandtaxcenter.org", "helpjobs.ru", "helter-skelter.com", "hempseed.com", "herediano.com", "heremail.com", "herono1.com", "heros3.com", "herp.in", "herpderp.nl", "hetnet.nl", "heximail.com", "hey.com", "hey.to", "hezll.com", "hhdevel.com", "hi2.in", "hi5.si", "hiddencorner.xyz", "hiddentragedy.com", "hidebox.org", "hidebusiness.xyz", "hidemail.de", "hidemail.pro", "hidemail.us", "hideme.be", "hidemyass.com", "hideweb.xyz", "hidzz.com", "highbros.org", "highmilton.com", "highonline.store", "highquality.com", "highveldmail.co.za", "hilarious.com", "hiltonvr.com", "himail.online", "hiphopfan.com", "hiru-dea.com", "hispavista.com", "hitbts.com", "hitthe.net", "hix.kr", "hjdosage.com", "hkg.net", "hkstarphoto.com", "hmail.us", "hmamail.com", "hmh.ro", "hoanggiaanh.com", "hoanglong.tech", "hochsitze.com", "hockeymail.com", "hoer.pw", "holl.ga", "hollywoodkids.com", "homail.com", "home-email.com", "home.nl", "home.no.net", "home.ro", "home.se", "homeart.com", "homelocator.com", "homemail.co.za", "homemail.com", "homestead.com", "homeworkcentral.com", "hongkong.com", "honor-8.com", "hookup.net", "hoopsmail.com", "hopemail.biz", "hornyalwary.top", "horrormail.com", "horsefucker.org", "horvathurtablahoz.ml", "host-info.com", "host-it.com.sg", "hostcalls.com", "hostguru.info", "hostguru.top", "hostmonitor.net", "hot-mail.cf", "hot-mail.ga", "hot-mail.gq", "hot-mail.ml", "hot-mail.tk", "hot-shot.com", "hot.ee", "hot.rr.com", "hotakama.tk", "hotbot.com", "hotbrev.com", "hotelnextmail.com", "hotepmail.com", "hotfire.net", "hotletter.com", "hotmai.com", "hotmail.be", "hotmail.ca", "hotmail.cm", "hotmail.co.il", "hotmail.co.jp", "hotmail.co.kr", "hotmail.co.nz", "hotmail.co.th", "hotmail.co.uk", "hotmail.com", "hotmail.com.ar", "hotmail.com.au", "hotmail.com.br", "hotmail.com.mx", "hotmail.con", "hotmail.de", "hotmail.dk", "hotmail.es", "hotmail.fr", "hotmail.gr", "hotmail.it", "hotmail.kg", "hotmail.kz", "hotmail.nl", "hotmail.ru", "hotmail.sg", "hotmailpro.info", "hotmailproduct.com", "hotmails.com", "hotmial.com", "hotpop.com", "hotpop3.com", "hotvoice.com", "housat.com", "housefan.com", "housemail.com", "hpc.tw", "hroundb.com", "hs.vc", "hsbc.coms.hk", "hstermail.com", "hsuchi.net", "ht.cx", "html.tou.com", "huajiachem.cn", "hubii-network.com", "hughes.net", "hukkmu.tk", "hulapla.de", "humaility.com", "humanoid.net", "humn.ws.gy", "hungpackage.com", "hunrap.usa.cc", "hunsa.com", "hurify1.com", "hush.ai", "hush.com", "hushmail.cf", "hushmail.com", "huskion.net", "hvastudiesucces.nl", "hvc.rr.com", "hvtechnical.com", "hwsye.net", "hypernautica.com", "i-3gk.cf", "i-3gk.ga", "i-3gk.gq", "i-3gk.ml", "i-connect.com", "i-france.com", "i-mail.com.au", "i-mail.jp", "i-p.com", "i-plus.net", "i-taiwan.tv", "i.am", "i.softbank.jp", "i.ua", "i12.com", "i201zzf8x.com", "i2pmail.org", "i4j0j3iz0.com", "i6.cloudns.cc", "i6.cloudns.cx", "iamawoman.com", "iamwaiting.com", "iamwasted.com", "iamyours.com", "iaoss.com", "ibm.coms.hk", "ibm.net", "ibnuh.bz", "ibsats.com", "icantbelieveineedtoexplainthisshit.com", "icemail.club", "icemovie.link", "icestorm.com", "ichigo.me", "ichimail.com", "icloud.com", "icmsconsultants.com", "icq.com", "icqmail.com", "icrazy.com", "icx.in", "icx.ro", "id-base.com", "idea-mail.com", "ididitmyway.com", "idigo.org", "idirect.com", "idx4.com", "ieatspam.eu", "ieatspam.info", "ieh-mail.de", "iespana.es", "iffymedia.com", "ifoward.com", "ig.com.br", "ige.es", "igg.biz", "ignazio.it", "ignmail.com", "ignoremail.com", "ihateclowns.com", "ihateyoualot.info", "ihaxyour.info", "ihazspam.ca", "iheartspam.org", "ihwy.com", "iigmail.com", "iinet.net.au", "ijustdontcare.com", "ikbenspamvrij.nl", "iki.kr", "iku.us", "illistnoise.com", "ilmale.it", "ilnostrogrossograssomatrimoniomolisano.com", "ilovechocolate.com", "ilovejesus.com", "ilovespam.com", "ilovethemovies.com", "ilovetocollect.net", "ilse.nl", "imaginemail.com", "imail.org", "imail.ru", "imailbox.com", "imails.info", "imankul.com", "imel.org", "imgof.com", "imgv.de", "immo-gerance.info", "imneverwrong.com", "imovie.link", "imposter.co.uk", "imstations.com", "imstressed.com", "imtoosexy.com", "in-box.net", "inaby.com", "iname.com", "inapplicable.org", "inappmail.com", "inbax.tk", "inbound.plus", "inbox.com", "inbox.lv", "inbox.net", "inbox.ru", "inbox.si", "inbox2.info", "inboxalias.com", "inboxbear.com", "inboxclean.com", "inboxclean.org", "inboxdesign.me", "inboxed.im", "inboxed.pw", "inboxhub.net", "inboxkitten.com", "inboxmail.world", "inboxproxy.com", "inboxstore.me", "incamail.com", "inclusiveprogress.com", "incognitomail.com", "incognitomail.net", "incognitomail.org", "incq.com", "incredimail.com", "ind.st", "indexa.fr", "india.com", "indiatimes.com", "indieclad.com", "indirect.ws", "indo-mail.com", "indocities.com", "indomaed.pw", "indomail.com", "indomina.cf", "indonesianherbalmedicine.com", "indoserver.stream", "indosukses.press", "indyracers.com", "ineec.net", "infest.org", "info-media.de", "info-radio.ml", "info66.com", "infocom.zp.ua", "infohq.com", "infomail.es", "infomart.or.jp", "infoseek.jp", "infospacemail.com", "infovia.com.ar", "inggo.org", "inicia.es", "inmail.sk", "inmynetwork.cf", "inmynetwork.ga", "inmynetwork.gq", "inmynetwork.ml", "inmynetwork.tk", "innocent.com", "inorbit.com", "inoutmail.de", "inoutmail.eu", "inoutmail.info", "inoutmail.net", "inpowiki.xyz", "insanumingeniumhomebrew.com", "insidebaltimore.net", "insight.rr.com", "insorg-mail.info", "instance-email.com", "instant-mail.de", "instantblingmail.info", "instantemailaddress.com", "instantlyemail.com", "instantmail.fr", "instantmailaddress.com", "instruction.com", "insurer.com", "integra.net", "intel.coms.hk", "intempmail.com", "interaccess.com", "interburp.com", "interfree.it", "interia.pl", "interlap.com.ar", "intermail.co.il", "internet-club.com", "internet-police.com", "internet-v-stavropole.ru", "internetbiz.com", "internetdrive.com", "internetegypt.com", "internetemails.net", "internetmailing.net", "internetmci.com", "internetoftags.com", "internode.on.net", "interserver.ga", "interstats.org", "intersteller.com", "investormail.com", "inwind.it", "iobox.com", "iobox.fi", "iol.it", "ionemail.net", "ionet.net", "iowaemail.com", "iozak.com", "ip3.com", "ip4.pp.ua", "ip6.li", "ip6.pp.ua", "ipdeer.com", "ipoo.org", "ippandansei.tk", "iprimus.com.au", "ipsur.org", "ipswell.com", "iqemail.com", "irabops.com", "irangate.net", "iraqmail.com", "irc.so", "ircbox.xyz", "ireland.com", "irelandmail.com", "irish2me.com", "irishspringrealty.com", "irj.hu", "iroid.com", "ironiebehindert.de", "irr.kr", "irssi.tv", "is.af", "isdaq.com", "isellcars.com", "islam.igg.biz", "islamonline.net", "isleuthmail.com", "ismart.net", "isonfire.com", "isp9.net", "ispuntheweb.com", "ispyco.ru", "israelmail.com", "ist-genial.at", "ist-genial.info", "ist-genial.net", "istakalisa.club", "istii.ro", "isukrainestillacountry.com", "it-simple.net", "it7.ovh", "italia.flu.cc", "italia.igg.biz", "italymail.com", "itelefonica.com.br", "itis0k.com", "itloox.com", "itmom.com", "itmtx.com", "itol.com", "its0k.com", "itsme.edu.pl", "itunesgiftcodegenerator.com", "ivebeenframed.com", "ivillage.com", "iwan-fals.com", "iwi.net", "iwmail.com", "iwon.com", "ix.netcom.com", "ixx.io", "izadpanah.com", "j-p.us", "j3rqt89ez.com", "jafps.com", "jahoopa.com", "jakuza.hu", "jamit.com.au", "jancok.in", "janproz.com", "japan.com", "jaydemail.com", "jazzandjava.com", "jazzfan.com", "jazzgame.com", "jbnote.com", "jcom.home.ne.jp", "jcpclothing.ga", "jdmadventures.com", "jdz.ro", "je-recycle.info", "jellow.ml", "jellyrolls.com", "jeramywebb.com", "jerusalemmail.com", "jet-renovation.fr", "jetable.com", "jetable.fr.nf", "jetable.net", "jetable.org", "jetable.pp.ua", "jetableemail.com", "jetemail.net", "jewishmail.com", "jil.kr", "jippii.fi", "jmail.co.za", "jmail.ovh", "jmail.ro", "jnxjn.com", "jo-mail.com", "job4u.com", "jobbikszimpatizans.hu", "jobposts.net", "jobs-to-be-done.net", "joelpet.com", "joetestalot.com", "joinme.com", "jokes.com", "jombase.com", "jopho.com", "jordanmail.com", "josefadventures.org", "josse.ltd", "journalist.com", "jourrapide.com", "jovem.te.pt", "joymail.com", "jp.bigplanet.com", "jpco.org", "jpopmail.com", "jredm.com", "jsonp.ro", "jsrsolutions.com", "jswfdb48z.com", "jto.kr", "jubiimail.dk", "jump.com", "jumpy.it", "jungkamushukum.com", "juniormail.com", "junk.to", "junk1e.com", "junkmail.com", "junkmail.ga", "junkmail.gq", "juno.com", "jupimail.com", "just-email.com", "just4spam.com", "justemail.ml", "justemail.net", "justicemail.com", "justonemail.net", "jv6hgh1.com", "jwk4227ufn.com", "jwork.ru", "jyliananderik.com", "k3663a40w.com", "k4ds.org", "kaazoo.com", "kabelmail.de", "kadag.ir", "kademen.com", "kah.pw", "kaijenwan.com", "kaixo.com", "kakadua.net", "kalapi.org", "kalpoint.com", "kamen-market.ru", "kampoeng3d.club", "kamsg.com", "kandymail.com", "kanker.website", "kansascity.com", "kaovo.com", "kapoorweb.com", "karachian.com", "karachioye.com", "karatraman.ml", "karbasi.com", "kariplan.com", "karta-kykyruza.ru", "kartvelo.com", "kasmail.com", "kaspop.com", "katamail.com", "katergizmo.de", "katztube.com", "kayafmmail.co.za", "kazelink.ml", "kbjrmail.com", "kc.rr.com", "kcks.com", "kcrw.de", "keepmymail.com", "keepmyshitprivate.com", "keepyourshitprivate.com", "keg-party.com", "kein.hk", "keinhirn.de", "keinpardon.de", "keipino.de", "kekecog.com", "keko.com.ar", "kellychen.com", "kemptvillebaseball.com", "kemska.pw", "kennedy808.com", "keromail.com", "ketiksms.club", "key-mail.net", "keyemail.com", "kgb.hu", "khosropour.com", "khtyler.com", "kiani.com", "kickassmail.com", "kickmark.com", "kiham.club", "killermail.com", "killmail.com", "killmail.net", "kimo.com", "kimsdisk.com", "kingsq.ga", "kinki-kids.com", "kino-100.ru", "kiois.com", "kir.ch.tc", "kismail.ru", "kissfans.com", "kisstwink.com", "kitnastar.com", "kitten-mittons.com", "kittymail.com", "kitznet.at", "kiwibox.com", "kiwitown.com", "klammlose.org", "klassmaster.com", "klassmaster.net", "klipp.su", "klipschx12.com", "kloap.com", "kludgemush.com", "klzlk.com", "kmail.com.au", "kmhow.com", "knol-power.nl", "koiqe.com", "kommunity.biz", "kon42.com", "kontol.city", "kontol.co.uk", "konultant-jurist.ru", "konx.com", "kook.ml", "kopagas.com", "kopaka.net", "korea.com", "koreamail.com", "kormail.xyz", "korona-nedvizhimosti.ru", "koshu.ru", "kosmetik-obatkuat.com", "kostenlosemailadresse.de", "koszmail.pl", "kozmail.com", "kozow.com", "kpnmail.nl", "kpooa.com", "krongthip.com", "krsw.tk", "krunis.com", "krypton.tk", "ksanmail.com", "ksee24mail.com", "ksmtrck.tk", "kuai909.com", "kuaijenwan.com", "kuatcak.cf", "kuatcak.tk", "kuatmail.gq", "kuatmail.tk", "kube93mail.com", "kuhrap.com", "kukamail.com", "kulmeo.com", "kulturbetrieb.info", "kumail8.info", "kumarweb.com", "kurzepost.de", "kusrc.com", "kutakbisajauhjauh.gq", "kuwait-mail.com", "kwift.net", "kwilco.net", "kyal.pl", "kyoto.email.ne.jp", "l-c-a.us", "l0real.net", "l33r.eu", "l5.ca", "l8oaypr.com", "la.com", "labetteraverouge.at", "labo.ch", "lacedmail.com", "lackmail.net", "lackmail.ru", "ladymacbeth.tk", "ladymail.cz", "lagerlouts.com", "lagify.com", "lags.us", "lahoreoye.com", "lain.ch", "lajoska.pe.hu", "lakelivingstonrealestate.com", "lakmail.com", "lal.kr", "lalala.fun", "lalamailbox.com", "lamer.hu", "land.ru", "landmail.co", "lankamail.com", "laoeq.com", "laoho.com", "laposte.net", "larjem.com", "last-chance.pro", "lastmail.co", "lastmail.com", "latemodels.com", "latinmail.com", "latino.com", "lavabit.com", "law.com", "lawlita.com", "lawyer.com", "lazyinbox.com", "lazyinbox.us", "lbe.kr", "lcebull.com", "ldop.com", "ldtp.com", "le-tim.ru", "ledoktre.com", "lee.mx", "leeching.net", "leehom.net", "leemail.me", "legalactions.com", "legalrc.loan", "legislator.com", "lellno.gq", "lenovog4.com", "leonlai.net", "lequitywk.com", "lesbugs.com", "letmeinonthis.com", "letmymail.com", "letsgomets.net", "letsmail9.com", "letterbox.com", "letthemeatspam.com", "levele.com", "levele.hu", "lex.bg", "lexis-nexis-mail.com", "lexisense.com", "lez.se", "lgxscreen.com", "lhsdv.com", "liamcyrus.com", "liamekaens.com", "libero.it", "liberomail.com", "liberto.it", "libox.fr", "lick101.com", "lifebyfood.com", "lifetotech.com", "ligsb.com", "likesyouback.com", "lillemap.net", "lilo.me", "lilylee.com", "lindenbaumjapan.com", "link2mail.net", "linkedintuts2016.pw", "linkmaster.com", "linktrader.com", "linshiyouxiang.net", "linuxfreemail.com", "linuxmail.com", "linuxmail.org", "linuxmail.so", "linuxmail.tk", "linuxpl.eu", "linx.email", "lionsfan.com.au", "liontrucks.com", "liquidinformation.net", "liquidmail.de", "list.ru", "litedrop.com", "littleblueroom.com", "live.be", "live.ca", "live.cn", "live.co.kr", "live.co.uk", "live.com", "live.com.ar", "live.com.au", "live.com.mx", "live.com.sg", "live.de", "live.dk", "live.fr", "live.hk", "live.ie", "live.it", "live.jp", "live.mdx.ac.uk", "live.nl", "live.vu.edu.au", "liveradio.tk", "liverpoolfans.com", "lkgn.se", "lko.kr", "llandudno.com", "llangollen.com", "llogin.ru", "lmcudh4h.com", "lmxmail.sk", "ln0hio.com", "loadby.us", "loan101.pro", "loanins.org", "lobbyist.com", "localbar.com", "localserv.no-ip.org", "locanto1.club", "locantofuck.top", "locantospot.top", "locantowsite.club", "locateme10.com", "locomodev.net", "login-email.cf", "login-email.ga", "login-email.ml", "login-email.tk", "logular.com", "loh.pp.ua", "loin.in", "loketa.com", "lol.it", "lol.ovpn.to", "lolfreak.net", "lolitka.cf", "lolitka.ga", "lolitka.gq", "lolito.tk", "lolmail.biz", "lom.kr", "london.com", "london2.space", "loobie.com", "looksmart.co.uk", "looksmart.com", "looksmart.com.au", "lookugly.com", "lopezclub.com", "lopl.co.cc", "lordsofts.com", "lortemail.dk", "losemymail.com", "lostpositive.xyz", "louiskoo.com", "love.com", "love.cz", "loveable.com", "lovebitco.in", "lovecat.com", "lovefall.ml", "lovelygirl.net", "lovemail.com", "lovemeleaveme.com", "lover-boy.com", "lovergirl.com", "lovesea.gq", "lovingjesus.com", "lowandslow.com", "loy.kr", "lpfmgmtltd.com", "lr7.us", "lr78.com", "lroid.com", "lron0re.com", "lru.me", "ls-server.ru", "luckymail.org", "lucyu.com", "lukecarriere.com", "lukemail.info", "lukop.dk", "luo.kr", "luso.pt", "luukku.com", "luv2.us", "luxusmail.gq", "luxusmail.tk", "luxusmail.uk", "lycos.at", "lycos.co.uk", "lycos.com", "lycos.de", "lycos.es", "lycos.it", "lycos.ne.jp", "lycos.nl", "lycosemail.com", "lycosmail.com", "lyfestylecreditsolutions.com", "m-a-i-l.com", "m-hmail.com", "m21.cc", "m2r60ff.com", "m4.org", "m4ilweb.info", "ma.rr.com", "maaill.com", "maboard.com", "mac.com", "macbox.com", "macfreak.com", "machinecandy.com", "macmail.com", "macr2.com", "macromaid.com", "madcreations.com", "madonnafan.com", "madrid.com", "maffia.hu", "magamail.com", "maggotymeat.ga", "magicbox.ro", "magicmail.co.za", "magspam.net", "mahmoodweb.com", "maidlow.info", "mail-2-you.com", "mail-address.live", "mail-apps.com", "mail-apps.net", "mail-awu.de", "mail-box.cz", "mail-card.com", "mail-cart.com", "mail-center.com", "mail-central.com", "mail-click.net", "mail-easy.fr", "mail-fake.com", "mail-filter.com", "mail-finder.net", "mail-fix.com", "mail-group.net", "mail-hub.info", "mail-list.top", "mail-me.com", "mail-owl.com", "mail-page.com", "mail-point.net", "mail-pro.info", "mail-register.com", "mail-share.com", "mail-space.net", "mail-temp.com", "mail-temporaire.com", "mail-temporaire.fr", "mail-tester.com", "mail.austria.com", "mail.aws910.com", "mail.az", "mail.bbexcite.jp", "mail.bccto.com", "mail.bccto.me", "mail.bcu.ac.uk", "mail.be", "mail.bulgaria.com", "mail.by", "mail.byte.it", "mail.co.za", "mail.com", "mail.dcu.ie", "mail.ee", "mail.entrepeneurmag.com", "mail.freetown.com", "mail.goo.ne.jp", "mail.gr", "mail.hitthebeach.com", "mail.ie", "mail.illistnoise.com", "mail.kmsp.com", "mail.mailinator.com", "mail.md", "mail.me", "mail.mezimages.net", "mail.nu", "mail.org.uk", "mail.partskyline.com", "mail.pf", "mail.pharmacy.com", "mail.pt", "mail.r-o-o-t.com", "mail.rossam.com", "mail.ru", "mail.salu.net", "mail.sisna.com", "mail.spaceports.com", "mail.theboys.com", "mail.usa.com", "mail.vasarhely.hu", "mail.vrfarm.com.tw", "mail.wtf", "mail.zp.ua", "mail1.drama.tw", "mail1.hacked.jp", "mail1.i-taiwan.tv", "mail1.ismoke.hk", "mail1.kaohsiung.tv", "mail1.kein.hk", "mail114.net", "mail15.com", "mail1a.de", "mail1st.com", "mail2.drama.tw", "mail2.info.tm", "mail2.ntuz.me", "mail2.space", "mail2.worksmobile.ml", "mail2000.ru", "mail2007.com", "mail21.cc", "mail22.club", "mail22.space", "mail2aaron.com", "mail2abby.com", "mail2abc.com", "mail2actor.com", "mail2admiral.com", "mail2adorable.com", "mail2adoration.com", "mail2adore.com", "mail2adventure.com", "mail2aeolus.com", "mail2aether.com", "mail2affection.com", "mail2afghanistan.com", "mail2africa.com", "mail2agent.com", "mail2aha.com", "mail2ahoy.com", "mail2aim.com", "mail2air.com", "mail2airbag.com", "mail2airforce.com", "mail2airport.com", "mail2alabama.com", "mail2alan.com", "mail2alaska.com", "mail2albania.com", "mail2alcoholic.com", "mail2alec.com", "mail2alexa.com", "mail2algeria.com", "mail2alicia.com", "mail2alien.com", "mail2allan.com", "mail2allen.com", "mail2allison.com", "mail2alpha.com", "mail2alyssa.com", "mail2amanda.com", "mail2amazing.com", "mail2amber.com", "mail2america.com", "mail2american.com", "mail2andorra.com", "mail2andrea.com", "mail2andy.com", "mail2anesthesiologist.com", "mail2angela.com", "mail2angola.com", "mail2ann.com", "mail2anna.com", "mail2anne.com", "mail2anthony.com", "mail2anything.com", "mail2aphrodite.com", "mail2apollo.com", "mail2april.com", "mail2aquarius.com", "mail2arabia.com", "mail2arabic.com", "mail2architect.com", "mail2ares.com", "mail2argentina.com", "mail2aries.com", "mail2arizona.com", "mail2arkansas.com", "mail2armenia.com", "mail2army.com", "mail2arnold.com", "mail2art.com", "mail2artemus.com", "mail2arthur.com", "mail2artist.com", "mail2ashley.com", "mail2ask.com", "mail2astronomer.com", "mail2athena.com", "mail2athlete.com", "mail2atlas.com", "mail2atom.com", "mail2attitude.com", "mail2auction.com", "mail2aunt.com", "mail2australia.com", "mail2austria.com", "mail2azerbaijan.com", "mail2baby.com", "mail2bahamas.com", "mail2bahrain.com", "mail2ballerina.com", "mail2ballplayer.com", "mail2band.com", "mail2bangladesh.com", "mail2bank.com", "mail2banker.com", "mail2bankrupt.com", "mail2baptist.com", "mail2bar.com", "mail2barbados.com", "mail2barbara.com", "mail2barter.com", "mail2basketball.com", "mail2batter.com", "mail2beach.com", "mail2beast.com", "mail2beatles.com", "mail2beauty.com", "mail2becky.com", "mail2beijing.com", "mail2belgium.com", "mail2belize.com", "mail2ben.com", "mail2bernard.com", "mail2beth.com", "mail2betty.com", "mail2beverly.com", "mail2beyond.com", "mail2biker.com", "mail2bill.com", "mail2billionaire.com", "mail2billy.com", "mail2bio.com", "mail2biologist.com", "mail2black.com", "mail2blackbelt.com", "mail2blake.com", "mail2blind.com", "mail2blonde.com", "mail2blues.com", "mail2bob.com", "mail2bobby.com", "mail2bolivia.com", "mail2bombay.com", "mail2bonn.com", "mail2bookmark.com", "mail2boreas.com", "mail2bosnia.com", "mail2boston.com", "mail2botswana.com", "mail2bradley.com", "mail2brazil.com", "mail2breakfast.com", "mail2brian.com", "mail2bride.com", "mail2brittany.com", "mail2broker.com", "mail2brook.com", "mail2bruce.com", "mail2brunei.com", "mail2brunette.com", "mail2brussels.com", "mail2bryan.com", "mail2bug.com", "mail2bulgaria.com", "mail2business.com", "mail2buy.com", "mail2ca.com", "mail2california.com", "mail2calvin.com", "mail2cambodia.com", "mail2cameroon.com", "mail2canada.com", "mail2cancer.com", "mail2capeverde.com", "mail2capricorn.com", "mail2cardinal.com", "mail2cardiologist.com", "mail2care.com", "mail2caroline.com", "mail2carolyn.com", "mail2casey.com", "mail2cat.com", "mail2caterer.com", "mail2cathy.com", "mail2catlover.com", "mail2catwalk.com", "mail2cell.com", "mail2chad.com", "mail2champaign.com", "mail2charles.com", "mail2chef.com", "mail2chemist.com", "mail2cherry.com", "mail2chicago.com", "mail2chile.com", "mail2china.com", "mail2chinese.com", "mail2chocolate.com", "mail2christian.com", "mail2christie.com", "mail2christmas.com", "mail2christy.com", "mail2chuck.com", "mail2cindy.com", "mail2clark.com", "mail2classifieds.com", "mail2claude.com", "mail2cliff.com", "mail2clinic.com", "mail2clint.com", "mail2close.com", "mail2club.com", "mail2coach.com", "mail2coastguard.com", "mail2colin.com", "mail2college.com", "mail2colombia.com", "mail2color.com", "mail2colorado.com", "mail2columbia.com", "mail2comedian.com", "mail2composer.com", "mail2computer.com", "mail2computers.com", "mail2concert.com", "mail2congo.com", "mail2connect.com", "mail2connecticut.com", "mail2consultant.com", "mail2convict.com", "mail2cook.com", "mail2cool.com", "mail2cory.com", "mail2costarica.com", "mail2country.com", "mail2courtney.com", "mail2cowboy.com", "mail2cowgirl.com", "mail2craig.com", "mail2crave.com", "mail2crazy.com", "mail2create.com", "mail2croatia.com", "mail2cry.com", "mail2crystal.com", "mail2cuba.com", "mail2culture.com", "mail2curt.com", "mail2customs.com", "mail2cute.com", "mail2cutey.com", "mail2cynthia.com", "mail2cyprus.com", "mail2czechrepublic.com", "mail2dad.com", "mail2dale.com", "mail2dallas.com", "mail2dan.com", "mail2dana.com", "mail2dance.com", "mail2dancer.com", "mail2danielle.com", "mail2danny.com", "mail2darlene.com", "mail2darling.com", "mail2darren.com", "mail2daughter.com", "mail2dave.com", "mail2dawn.com", "mail2dc.com", "mail2dealer.com", "mail2deanna.com", "mail2dearest.com", "mail2debbie.com", "mail2debby.com", "mail2deer.com", "mail2delaware.com", "mail2delicious.com", "mail2demeter.com", "mail2democrat.com", "mail2denise.com", "mail2denmark.com", "mail2dennis.com", "mail2dentist.com", "mail2derek.com", "mail2desert.com", "mail2devoted.com", "mail2devotion.com", "mail2diamond.com", "mail2diana.com", "mail2diane.com", "mail2diehard.com", "mail2dilemma.com", "mail2dillon.com", "mail2dinner.com", "mail2dinosaur.com", "mail2dionysos.com", "mail2diplomat.com", "mail2director.com", "mail2dirk.com", "mail2disco.com", "mail2dive.com", "mail2diver.com", "mail2divorced.com", "mail2djibouti.com", "mail2doctor.com", "mail2doglover.com", "mail2dominic.com", "mail2dominica.com", "mail2dominicanrepublic.com", "mail2don.com", "mail2donald.com", "mail2donna.com", "mail2doris.com", "mail2dorothy.com", "mail2doug.com", "mail2dough.com", "mail2douglas.com", "mail2dow.com", "mail2downtown.com", "mail2dream.com", "mail2dreamer.com", "mail2dude.com", "mail2dustin.com", "mail2dyke.com", "mail2dylan.com", "mail2earl.com", "mail2earth.com", "mail2eastend.com", "mail2eat.com", "mail2economist.com", "mail2ecuador.com", "mail2eddie.com", "mail2edgar.com", "mail2edwin.com", "mail2egypt.com", "mail2electron.com", "mail2eli.com", "mail2elizabeth.com", "mail2ellen.com", "mail2elliot.com", "mail2elsalvador.com", "mail2elvis.com", "mail2emergency.com", "mail2emily.com", "mail2engineer.com", "mail2english.com", "mail2environmentalist.com", "mail2eos.com", "mail2eric.com", "mail2erica.com", "mail2erin.com", "mail2erinyes.com", "mail2eris.com", "mail2eritrea.com", "mail2ernie.com", "mail2eros.com", "mail2estonia.com", "mail2ethan.com", "mail2ethiopia.com", "mail2eu.com", "mail2europe.com", "mail2eurus.com", "mail2eva.com", "mail2evan.com", "mail2evelyn.com", "mail2everything.com", "mail2exciting.com", "mail2expert.com", "mail2fairy.com", "mail2faith.com", "mail2fanatic.com", "mail2fancy.com", "mail2fantasy.com", "mail2farm.com", "mail2farmer.com", "mail2fashion.com", "mail2fat.com", "mail2feeling.com", "mail2female.com", "mail2fever.com", "mail2fighter.com", "mail2fiji.com", "mail2filmfestival.com", "mail2films.com", "mail2finance.com", "mail2finland.com", "mail2fireman.com", "mail2firm.com", "mail2fisherman.com", "mail2flexible.com", "mail2florence.com", "mail2florida.com", "mail2floyd.com", "mail2fly.com", "mail2fond.com", "mail2fondness.com", "mail2football.com", "mail2footballfan.com", "mail2found.com", "mail2france.com", "mail2frank.com", "mail2frankfurt.com", "mail2franklin.com", "mail2fred.com", "mail2freddie.com", "mail2free.com", "mail2freedom.com", "mail2french.com", "mail2freudian.com", "mail2friendship.com", "mail2from.com", "mail2fun.com", "mail2gabon.com", "mail2gabriel.com", "mail2gail.com", "mail2galaxy.com", "mail2gambia.com", "mail2games.com", "mail2gary.com", "mail2gavin.com", "mail2gemini.com", "mail2gene.com", "mail2genes.com", "mail2geneva.com", "mail2george.com", "mail2georgia.com", "mail2gerald.com", "mail2german.com", "mail2germany.com", "mail2ghana.com", "mail2gilbert.com", "mail2gina.com", "mail2girl.com", "mail2glen.com", "mail2gloria.com", "mail2goddess.com", "mail2gold.com", "mail2golfclub.com", "mail2golfer.com", "mail2gordon.com", "mail2government.com", "mail2grab.com", "mail2grace.com", "mail2graham.com", "mail2grandma.com", "mail2grandpa.com", "mail2grant.com", "mail2greece.com", "mail2green.com", "mail2greg.com", "mail2grenada.com", "mail2gsm.com", "mail2guard.com", "mail2guatemala.com", "mail2guy.com", "mail2hades.com", "mail2haiti.com", "mail2hal.com", "mail2handhelds.com", "mail2hank.com", "mail2hannah.com", "mail2harold.com", "mail2harry.com", "mail2hawaii.com", "mail2headhunter.com", "mail2heal.com", "mail2heather.com", "mail2heaven.com", "mail2hebe.com", "mail2hecate.com", "mail2heidi.com", "mail2helen.com", "mail2hell.com", "mail2help.com", "mail2helpdesk.com", "mail2henry.com", "mail2hephaestus.com", "mail2hera.com", "mail2hercules.com", "mail2herman.com", "mail2hermes.com", "mail2hespera.com", "mail2hestia.com", "mail2highschool.com", "mail2hindu.com", "mail2hip.com", "mail2hiphop.com", "mail2holland.com", "mail2holly.com", "mail2hollywood.com", "mail2homer.com", "mail2honduras.com", "mail2honey.com", "mail2hongkong.com", "mail2hope.com", "mail2horse.com", "mail2hot.com", "mail2hotel.com", "mail2houston.com", "mail2howard.com", "mail2hugh.com", "mail2human.com", "mail2hungary.com", "mail2hungry.com", "mail2hygeia.com", "mail2hyperspace.com", "mail2hypnos.com", "mail2ian.com", "mail2ice-cream.com", "mail2iceland.com", "mail2idaho.com", "mail2idontknow.com", "mail2illinois.com", "mail2imam.com", "mail2in.com", "mail2india.com", "mail2indian.com", "mail2indiana.com", "mail2indonesia.com", "mail2infinity.com", "mail2intense.com", "mail2iowa.com", "mail2iran.com", "mail2iraq.com", "mail2ireland.com", "mail2irene.com", "mail2iris.com", "mail2irresistible.com", "mail2irving.com", "mail2irwin.com", "mail2isaac.com", "mail2israel.com", "mail2italian.com", "mail2italy.com", "mail2jackie.com", "mail2jacob.com", "mail2jail.com", "mail2jaime.com", "mail2jake.com", "mail2jamaica.com", "mail2james.com", "mail2jamie.com", "mail2jan.com", "mail2jane.com", "mail2janet.com", "mail2janice.com", "mail2japan.com", "mail2japanese.com", "mail2jasmine.com", "mail2jason.com", "mail2java.com", "mail2jay.com", "mail2jazz.com", "mail2jed.com", "mail2jeffrey.com", "mail2jennifer.com", "mail2jenny.com", "mail2jeremy.com", "mail2jerry.com", "mail2jessica.com", "mail2jessie.com", "mail2jesus.com", "mail2jew.com", "mail2jeweler.com", "mail2jim.com", "mail2jimmy.com", "mail2joan.com", "mail2joann.com", "mail2joanna.com", "mail2jody.com", "mail2joe.com", "mail2joel.com", "mail2joey.com", "mail2john.com", "mail2join.com", "mail2jon.com", "mail2jonathan.com", "mail2jones.com", "mail2jordan.com", "mail2joseph.com", "mail2josh.com", "mail2joy.com", "mail2juan.com", "mail2judge.com", "mail2judy.com", "mail2juggler.com", "mail2julian.com", "mail2julie.com", "mail2jumbo.com", "mail2junk.com", "mail2justin.com", "mail2justme.com", "mail2kansas.com", "mail2karate.com", "mail2karen.com", "mail2karl.com", "mail2karma.com", "mail2kathleen.com", "mail2kathy.com", "mail2katie.com", "mail2kay.com", "mail2kazakhstan.com", "mail2keen.com", "mail2keith.com", "mail2kelly.com", "mail2kelsey.com", "mail2ken.com", "mail2kendall.com", "mail2kennedy.com", "mail2kenneth.com", "mail2kenny.com", "mail2kentucky.com", "mail2kenya.com", "mail2kerry.com", "mail2kevin.com", "mail2kim.com", "mail2kimberly.com", "mail2king.com", "mail2kirk.com", "mail2kiss.com", "mail2kosher.com", "mail2kristin.com", "mail2kurt.com", "mail2kuwait.com", "mail2kyle.com", "mail2kyrgyzstan.com", "mail2la.com", "mail2lacrosse.com", "mail2lance.com", "mail2lao.com", "mail2larry.com", "mail2latvia.com", "mail2laugh.com", "mail2laura.com", "mail2lauren.com", "mail2laurie.com", "mail2lawrence.com", "mail2lawyer.com", "mail2lebanon.com", "mail2lee.com", "mail2leo.com", "mail2leon.com", "mail2leonard.com", "mail2leone.com", "mail2leslie.com", "mail2letter.com", "mail2liberia.com", "mail2libertarian.com", "mail2libra.com", "mail2libya.com", "mail2liechtenstein.com", "mail2life.com", "mail2linda.com", "mail2linux.com", "mail2lionel.com", "mail2lipstick.com", "mail2liquid.com", "mail2lisa.com", "mail2lithuania.com", "mail2litigator.com", "mail2liz.com", "mail2lloyd.com", "mail2lois.com", "mail2lola.com", "mail2london.com", "mail2looking.com", "mail2lori.com", "mail2lost.com", "mail2lou.com", "mail2louis.com", "mail2louisiana.com", "mail2lovable.com", "mail2love.com", "mail2lucky.com", "mail2lucy.com", "mail2lunch.com", "mail2lust.com", "mail2luxembourg.com", "mail2luxury.com", "mail2lyle.com", "mail2lynn.com", "mail2madagascar.com", "mail2madison.com", "mail2madrid.com", "mail2maggie.com", "mail2mail4.com", "mail2maine.com", "mail2malawi.com", "mail2malaysia.com", "mail2maldives.com", "mail2mali.com", "mail2malta.com", "mail2mambo.com", "mail2man.com", "mail2mandy.com", "mail2manhunter.com", "mail2mankind.com", "mail2many.com", "mail2marc.com", "mail2marcia.com", "mail2margaret.com", "mail2margie.com", "mail2marhaba.com", "mail2maria.com", "mail2marilyn.com", "mail2marines.com", "mail2mark.com", "mail2marriage.com", "mail2married.com", "mail2marries.com", "mail2mars.com", "mail2marsha.com", "mail2marshallislands.com", "mail2martha.com", "mail2martin.com", "mail2marty.com", "mail2marvin.com", "mail2mary.com", "mail2maryland.com", "mail2mason.com", "mail2massachusetts.com", "mail2matt.com", "mail2matthew.com", "mail2maurice.com", "mail2mauritania.com", "mail2mauritius.com", "mail2max.com", "mail2maxwell.com", "mail2maybe.com", "mail2mba.com", "mail2me4u.com", "mail2mechanic.com", "mail2medieval.com", "mail2megan.com", "mail2mel.com", "mail2melanie.com", "mail2melissa.com", "mail2melody.com", "mail2member.com", "mail2memphis.com", "mail2methodist.com", "mail2mexican.com", "mail2mexico.com", "mail2mgz.com", "mail2miami.com", "mail2michael.com", "mail2michelle.com", "mail2michigan.com", "mail2mike.com", "mail2milan.com", "mail2milano.com", "mail2mildred.com", "mail2milkyway.com", "mail2millennium.com", "mail2millionaire.com", "mail2milton.com", "mail2mime.com", "mail2mindreader.com", "mail2mini.com", "mail2minister.com", "mail2minneapolis.com", "mail2minnesota.com", "mail2miracle.com", "mail2missionary.com", "mail2mississippi.com", "mail2missouri.com", "mail2mitch.com", "mail2model.com", "mail2moldova.commail2molly.com", "mail2mom.com", "mail2monaco.com", "mail2money.com", "mail2mongolia.com", "mail2monica.com", "mail2montana.com", "mail2monty.com", "mail2moon.com", "mail2morocco.com", "mail2morpheus.com", "mail2mors.com", "mail2moscow.com", "mail2moslem.com", "mail2mouseketeer.com", "mail2movies.com", "mail2mozambique.com", "mail2mp3.com", "mail2mrright.com", "mail2msright.com", "mail2museum.com", "mail2music.com", "mail2musician.com", "mail2muslim.com", "mail2my.com", "mail2myboat.com", "mail2mycar.com", "mail2mycell.com", "mail2mygsm.com", "mail2mylaptop.com", "mail2mymac.com", "mail2mypager.com", "mail2mypalm.com", "mail2mypc.com", "mail2myphone.com", "mail2myplane.com", "mail2namibia.com", "mail2nancy.com", "mail2nasdaq.com", "mail2nathan.com", "mail2nauru.com", "mail2navy.com", "mail2neal.com", "mail2nebraska.com", "mail2ned.com", "mail2neil.com", "mail2nelson.com", "mail2nemesis.com", "mail2nepal.com", "mail2netherlands.com", "mail2network.com", "mail2nevada.com", "mail2newhampshire.com", "mail2newjersey.com", "mail2newmexico.com", "mail2newyork.com", "mail2newzealand.com", "mail2nicaragua.com", "mail2nick.com", "mail2nicole.com", "mail2niger.com", "mail2nigeria.com", "mail2nike.com", "mail2no.com", "mail2noah.com", "mail2noel.com", "mail2noelle.com", "mail2normal.com", "mail2norman.com", "mail2northamerica.com", "mail2northcarolina.com", "mail2northdakota.com", "mail2northpole.com", "mail2norway.com", "mail2notus.com", "mail2noway.com", "mail2nowhere.com", "mail2nuclear.com", "mail2nun.com", "mail2ny.com", "mail2oasis.com", "mail2oceanographer.com", "mail2ohio.com", "mail2ok.com", "mail2oklahoma.com", "mail2oliver.com", "mail2oman.com", "mail2one.com", "mail2onfire.com", "mail2online.com", "mail2oops.com", "mail2open.com", "mail2ophthalmologist.com", "mail2optometrist.com", "mail2oregon.com", "mail2oscars.com", "mail2oslo.com", "mail2painter.com", "mail2pakistan.com", "mail2palau.com", "mail2pan.com", "mail2panama.com", "mail2paraguay.com", "mail2paralegal.com", "mail2paris.com", "mail2park.com", "mail2parker.com", "mail2party.com", "mail2passion.com", "mail2pat.com", "mail2patricia.com", "mail2patrick.com", "mail2patty.com", "mail2paul.com", "mail2paula.com", "mail2pay.com", "mail2peace.com", "mail2pediatrician.com", "mail2peggy.com", "mail2pennsylvania.com", "mail2perry.com", "mail2persephone.com", "mail2persian.com", "mail2peru.com", "mail2pete.com", "mail2peter.com", "mail2pharmacist.com", "mail2phil.com", "mail2philippines.com", "mail2phoenix.com", "mail2phonecall.com", "mail2phyllis.com", "mail2pickup.com", "mail2pilot.com", "mail2pisces.com", "mail2planet.com", "mail2platinum.com", "mail2plato.com", "mail2pluto.com", "mail2pm.com", "mail2podiatrist.com", "mail2poet.com", "mail2poland.com", "mail2policeman.com", "mail2policewoman.com", "mail2politician.com", "mail2pop.com", "mail2pope.com", "mail2popular.com", "mail2portugal.com", "mail2poseidon.com", "mail2potatohead.com", "mail2power.com", "mail2presbyterian.com", "mail2president.com", "mail2priest.com", "mail2prince.com", "mail2princess.com", "mail2producer.com", "mail2professor.com", "mail2protect.com", "mail2psychiatrist.com", "mail2psycho.com", "mail2psychologist.com", "mail2qatar.com", "mail2queen.com", "mail2rabbi.com", "mail2race.com", "mail2racer.com", "mail2rachel.com", "mail2rage.com", "mail2rainmaker.com", "mail2ralph.com", "mail2randy.com", "mail2rap.com", "mail2rare.com", "mail2rave.com", "mail2ray.com", "mail2raymond.com", "mail2realtor.com", "mail2rebecca.com", "mail2recruiter.com", "mail2recycle.com", "mail2redhead.com", "mail2reed.com", "mail2reggie.com", "mail2register.com", "mail2rent.com", "mail2republican.com", "mail2resort.com", "mail2rex.com", "mail2rhodeisland.com", "mail2rich.com", "mail2richard.com", "mail2ricky.com", "mail2ride.com", "mail2riley.com", "mail2rita.com", "mail2rob.com", "mail2robert.com", "mail2roberta.com", "mail2robin.com", "mail2rock.com", "mail2rocker.com", "mail2rod.com", "mail2rodney.com", "mail2romania.com", "mail2rome.com", "mail2ron.com", "mail2ronald.com", "mail2ronnie.com", "mail2rose.com", "mail2rosie.com", "mail2roy.com", "mail2rss.org", "mail2rudy.com", "mail2rugby.com", "mail2runner.com", "mail2russell.com", "mail2russia.com", "mail2russian.com", "mail2rusty.com", "mail2ruth.com", "mail2rwanda.com", "mail2ryan.com", "mail2sa.com", "mail2sabrina.com", "mail2safe.com", "mail2sagittarius.com", "mail2sail.com", "mail2sailor.com", "mail2sal.com", "mail2salaam.com", "mail2sam.com", "mail2samantha.com", "mail2samoa.com", "mail2samurai.com", "mail2sandra.com", "mail2sandy.com", "mail2sanfrancisco.com", "mail2sanmarino.com", "mail2santa.com", "mail2sara.com", "mail2sarah.com", "mail2sat.com", "mail2saturn.com", "mail2saudi.com", "mail2saudiarabia.com", "mail2save.com", "mail2savings.com", "mail2school.com", "mail2scientist.com", "mail2scorpio.com", "mail2scott.com", "mail2sean.com", "mail2search.com", "mail2seattle.com", "mail2secretagent.com", "mail2senate.com", "mail2senegal.com", "mail2sensual.com", "mail2seth.com", "mail2sevenseas.com", "mail2sexy.com", "mail2seychelles.com", "mail2shane.com", "mail2sharon.com", "mail2shawn.com", "mail2ship.com", "mail2shirley.com", "mail2shoot.com", "mail2shuttle.com", "mail2sierraleone.com", "mail2simon.com", "mail2singapore.com", "mail2single.com", "mail2site.com", "mail2skater.com", "mail2skier.com", "mail2sky.com", "mail2sleek.com", "mail2slim.com", "mail2slovakia.com", "mail2slovenia.com", "mail2smile.com", "mail2smith.com", "mail2smooth.com", "mail2soccer.com", "mail2soccerfan.com", "mail2socialist.com", "mail2soldier.com", "mail2somalia.com", "mail2son.com", "mail2song.com", "mail2sos.com", "mail2sound.com", "mail2southafrica.com", "mail2southamerica.com", "mail2southcarolina.com", "mail2southdakota.com", "mail2southkorea.com", "mail2southpole.com", "mail2spain.com", "mail2spanish.com", "mail2spare.com", "mail2spectrum.com", "mail2splash.com", "mail2sponsor.com", "mail2sports.com", "mail2srilanka.com", "mail2stacy.com", "mail2stan.com", "mail2stanley.com", "mail2star.com", "mail2state.com", "mail2stephanie.com", "mail2steve.com", "mail2steven.com", "mail2stewart.com", "mail2stlouis.com", "mail2stock.com", "mail2stockholm.com", "mail2stockmarket.com", "mail2storage.com", "mail2store.com", "mail2strong.com", "mail2student.com", "mail2studio.com", "mail2studio54.com", "mail2stuntman.com", "mail2subscribe.com", "mail2sudan.com", "mail2superstar.com", "mail2surfer.com", "mail2suriname.com", "mail2susan.com", "mail2suzie.com", "mail2swaziland.com", "mail2sweden.com", "mail2sweetheart.com", "mail2swim.com", "mail2swimmer.com", "mail2swiss.com", "mail2switzerland.com", "mail2sydney.com", "mail2sylvia.com", "mail2syria.com", "mail2taboo.com", "mail2taiwan.com", "mail2tajikistan.com", "mail2tammy.com", "mail2tango.com", "mail2tanya.com", "mail2tanzania.com", "mail2tara.com", "mail2taurus.com", "mail2taxi.com", "mail2taxidermist.com", "mail2taylor.com", "mail2taz.com", "mail2teacher.com", "mail2technician.com", "mail2ted.com", "mail2telephone.com", "mail2teletubbie.com", "mail2tenderness.com", "mail2tennessee.com", "mail2tennis.com", "mail2tennisfan.com", "mail2terri.com", "mail2terry.com", "mail2test.com", "mail2texas.com", "mail2thailand.com", "mail2therapy.com", "mail2think.com", "mail2tickets.com", "mail2tiffany.com", "mail2tim.com", "mail2time.com", "mail2timothy.com", "mail2tina.com", "mail2titanic.com", "mail2toby.com", "mail2todd.com", "mail2togo.com", "mail2tom.com", "mail2tommy.com", "mail2tonga.com", "mail2tony.com", "mail2tor.com", "mail2touch.com", "mail2tourist.com", "mail2tracey.com", "mail2tracy.com", "mail2tramp.com", "mail2travel.com", "mail2traveler.com", "mail2travis.com", "mail2trekkie.com", "mail2trex.com", "mail2triallawyer.com", "mail2trick.com", "mail2trillionaire.com", "mail2troy.com", "mail2truck.com", "mail2trump.com", "mail2try.com", "mail2tunisia.com", "mail2turbo.com", "mail2turkey.com", "mail2turkmenistan.com", "mail2tv.com", "mail2tycoon.com", "mail2tyler.com", "mail2u4me.com", "mail2uae.com", "mail2uganda.com", "mail2uk.com", "mail2ukraine.com", "mail2uncle.com", "mail2unsubscribe.com", "mail2uptown.com", "mail2uruguay.com", "mail2usa.com", "mail2utah.com", "mail2uzbekistan.com", "mail2v.com", "mail2vacation.com", "mail2valentines.com", "mail2valerie.com", "mail2valley.com", "mail2vamoose.com", "mail2vanessa.com", "mail2vanuatu.com", "mail2venezuela.com", "mail2venous.com", "mail2venus.com", "mail2vermont.com", "mail2vickie.com", "mail2victor.com", "mail2victoria.com", "mail2vienna.com", "mail2vietnam.com", "mail2vince.com", "mail2virginia.com", "mail2virgo.com", "mail2visionary.com", "mail2vodka.com", "mail2volleyball.com", "mail2waiter.com", "mail2wallstreet.com", "mail2wally.com", "mail2walter.com", "mail2warren.com", "mail2washington.com", "mail2wave.com", "mail2way.com", "mail2waycool.com", "mail2wayne.com", "mail2web.com", "mail2webmaster.com", "mail2webtop.com", "mail2webtv.com", "mail2weird.com", "mail2wendell.com", "mail2wendy.com", "mail2westend.com", "mail2westvirginia.com", "mail2whether.com", "mail2whip.com", "mail2white.com", "mail2whitehouse.com", "mail2whitney.com", "mail2why.com", "mail2wilbur.com", "mail2wild.com", "mail2willard.com", "mail2willie.com", "mail2wine.com", "mail2winner.com", "mail2wired.com", "mail2wisconsin.com", "mail2woman.com", "mail2wonder.com", "mail2world.com", "mail2worship.com", "mail2wow.com", "mail2www.com", "mail2wyoming.com", "mail2xfiles.com", "mail2xox.com", "mail2yachtclub.com", "mail2yahalla.com", "mail2yemen.com", "mail2yes.com", "mail2yugoslavia.com", "mail2zack.com", "mail2zambia.com", "mail2zenith.com", "mail2zephir.com", "mail2zeus.com", "mail2zipper.com", "mail2zoo.com", "mail2zoologist.com", "mail2zurich.com", "mail3.drama.tw", "mail3000.com", "mail333.com", "mail4-us.org", "mail4.drama.tw", "mail4.online", "mail4gmail.com", "mail4trash.com", "mail4you.usa.cc", "mail5.drama.tw", "mail56.me", "mail666.ru", "mail707.com", "mail72.com", "mailabconline.com", "mailadadad.org", "mailandftp.com", "mailandnews.com", "mailapi.ru", "mailapps.online", "mailas.com", "mailasia.com", "mailback.com", "mailbidon.com", "mailbiz.biz", "mailblocks.com", "mailblog.biz", "mailbolt.com", "mailbomb.net", "mailboom.com", "mailbox.as", "mailbox.co.za", "mailbox.gr", "mailbox.hu", "mailbox.org", "mailbox.r2.dns-cloud.net", "mailbox2go.de", "mailbox52.ga", "mailbox72.biz", "mailbox80.biz", "mailbox87.de", "mailbox92.biz", "mailboxy.fun", "mailbr.com.br", "mailbucket.org", "mailc.net", "mailcan.com", "mailcat.biz", "mailcatch.com", "mailcc.com", "mailchoose.co", "mailchop.com", "mailcity.com", "mailcker.com", "mailclub.fr", "mailclub.net", "mailde.de", "mailde.info", "maildrop.cc", "maildrop.cf", "maildrop.ga", "maildrop.gq", "maildrop.ml", "maildu.de", "maildump.tk", "maildx.com", "maileater.com", "mailed.in", "mailed.ro", "maileimer.de", "maileme101.com", "mailexcite.com", "mailexpire.com", "mailf5.com", "mailfa.tk", "mailfall.com", "mailfavorite.com", "mailfish.de", "mailforce.net", "mailformail.com", "mailforspam.com", "mailfree.ga", "mailfree.gq", "mailfree.ml", "mailfreeonline.com", "mailfs.com", "mailftp.com", "mailgate.gr", "mailgenie.net", "mailgov.info", "mailguard.me", "mailgutter.com", "mailhaven.com", "mailhazard.com", "mailhazard.us", "mailhero.io", "mailhex.com", "mailhood.com", "mailhost.top", "mailhub.top", "mailhz.me", "mailimate.com", "mailin8r.com", "mailinatar.com", "mailinater.com", "mailinator.co.uk", "mailinator.com", "mailinator.gq", "mailinator.info", "mailinator.net", "mailinator.org", "mailinator.pl", "mailinator.us", "mailinator2.com", "mailincubator.com", "mailing.one", "mailingweb.com", "mailisent.com", "mailismagic.com", "mailita.tk", "mailite.com", "mailjunk.cf", "mailjunk.ga", "mailjunk.gq", "mailjunk.ml", "mailjunk.tk", "mailkor.xyz", "mailline.net", "maillink.info", "maillink.live", "maillink.top", "maillist.in", "mailmate.com", "mailme.dk", "mailme.gq", "mailme.ir", "mailme.lv", "mailme24.com", "mailmetrash.com", "mailmetrash.comilzilla.org", "mailmight.com", "mailmij.nl", "mailmoat.com", "mailmoth.com", "mailms.com", "mailna.biz", "mailna.co", "mailna.in", "mailna.me", "mailnator.com", "mailnesia.com", "mailnew.com", "mailnow2.com", "mailnowapp.com", "mailnull.com", "mailonaut.com", "mailops.com", "mailorc.com", "mailorg.org", "mailox.biz", "mailox.fun", "mailoye.com", "mailpanda.com", "mailpick.biz", "mailpm.live", "mailpooch.com", "mailpost.zzn.com", "mailpride.com", "mailprotech.com", "mailproxsy.com", "mailpuppy.com", "mailquack.com", "mailrazer.com", "mailrc.biz", "mailrock.biz", "mailroom.com", "mailru.com", "mailsac.com", "mailscheap.us", "mailscrap.com", "mailseal.de", "mailsearch.net", "mailsent.net", "mailshell.com", "mailshiv.com", "mailshuttle.com", "mailsiphon.com", "mailslapping.com", "mailslite.com", "mailspam.xyz", "mailspeed.ru", "mailstart.com", "mailstartplus.com", "mailsucker.net", "mailsucre.com", "mailsurf.com", "mailtag.com", "mailtemp.info", "mailtemp.net", "mailtemporaire.com", "mailtemporaire.fr", "mailthunder.ml", "mailto.de", "mailtome.de", "mailtothis.com", "mailtoyou.top", "mailtraps.com", "mailtrash.net", "mailtrix.net", "mailtv.net", "mailtv.tv", "mailup.net", "mailway.com", "mailwire.com", "mailwithyou.com", "mailzi.ru", "mailzilla.com", "mailzilla.org", "maine.rr.com", "majorleaguemail.com", "makemenaughty.club", "makemetheking.com", "maktoob.com", "malahov.de", "malayalamdtp.com", "malayalamtelevision.net", "malboxe.com", "malibucoding.com", "mallinator.com", "mamulenok.ru", "manager.de", "mandraghen.cf", "manifestgenerator.com", "mansiondev.com", "mantrafreenet.com", "mantramail.com", "mantraonline.com", "manybrain.com", "manyme.com", "mao.igg.biz", "mar.email.ne.jp", "marchmail.com", "mariah-carey.ml.org", "mariahc.com", "marijuana.nl", "mark-compressoren.ru", "marketing.lu", "marketlink.info", "markmurfin.com", "married-not.com", "marsattack.com", "martindalemail.com", "martyvole.ml", "mask03.ru", "maskmail.net", "masrawy.com", "mastahype.net", "master-mail.net", "maswae.world", "matchpol.net", "materiali.ml", "matmail.com", "matra.top", "mattmason.xyz", "mauimail.com", "mauritius.com", "max-direct.com", "max-mail.com", "max-mail.info", "max88.club", "maxleft.com", "maxmail.co.uk", "maxmail.in", "maxmail.info", "mbe.kr", "mbox.com.au", "mbx.cc", "mcache.net", "mccreedymail.com", "mchsi.com", "mciek.com", "mciworldcom.net", "md5hashing.net", "me-mail.hu", "me.com", "mechanicalresumes.com", "medical.net.au", "medione.net", "medkabinet-uzi.ru", "medmail.com", "medscape.com", "medsheet.com", "meepsheep.eu", "meetingmall.com", "mega.zik.dj", "megago.com", "megamail.pt", "megapathdsl.net", "megapoint.com", "megotmail.com", "mehrani.com", "mehtaweb.com", "meinspamschutz.de", "mejjang.xyz", "mekhong.com", "melodymail.com", "meloo.com", "meltedbrownies.com", "meltmail.com", "members.student.com", "memeil.top", "memsg.site", "merry.pink", "message.hu", "messagebeamer.de", "messageden.net", "messages.to", "messagesafe.co", "messwiththebestdielikethe.rest", "metacrawler.com", "metalfan.com", "metroset.net", "metta.lk", "mettamarketingsolutions.com", "metuwar.tk", "mexicomail.com", "mezimages.net", "mfsa.ru", "mhwolf.net", "miaferrari.com", "miatadriver.com", "miauj.com", "micsocks.net", "midcoastcustoms.com", "midcoastcustoms.net", "midcoastsolutions.com", "midcoastsolutions.net", "midlertidig.com", "midlertidig.net", "midlertidig.org", "mierdamail.com", "miesto.sk", "mighty.co.za", "migmail.net", "migmail.pl", "migserver2.ml", "migumail.com", "mihanmail.ir", "mihep.com", "miho-nakayama.com", "mijnhva.nl", "mikrotamanet.com", "milavitsaromania.ro", "mildin.org.ua", "millionaireintraining.com", "milmail.com", "mindless.com", "mindspring.com", "minecraftrabbithole.com", "minex-coin.com", "mini-mail.com", "mini-mail.net", "minister.com", "ministry-of-silly-walks.de", "minsmail.com", "mintemail.com", "miodonski.ch", "miraigames.net", "misery.net", "misterpinball.de", "mittalweb.com", "mixmail.com", "mjfrogmail.com", "mji.ro", "mjukglass.nu", "mk24.at", "mko.kr", "mkpfilm.com", "ml1.net", "ml8.ca", "mm.my", "mm5.se", "mmail.igg.biz", "mmailinater.com", "mmmmail.com", "moakt.co", "moakt.com", "moakt.ws", "mobi.web.id", "mobilbatam.com", "mobileemail.vodafone.net", "mobileninja.co.uk", "mobilevpn.top", "moburl.com", "mochamail.com", "mockmyid.co", "mockmyid.com", "moeri.org", "mohammed.com", "mohmal.com", "mohmal.im", "mohmal.in", "mohmal.tech", "moldova.cc", "moldova.com", "moldovacc.com", "molms.com", "momentics.ru", "moncourrier.fr.nf", "monemail.fr.nf", "money.net", "moneypipe.net", "monmail.fr.nf", "montevideo.com.uy", "montokop.pw", "monumentmail.com", "moonman.com", "moonwake.com", "moose-mail.com", "moot.es", "mor19.uu.gl", "morahdsl.cf", "moreawesomethanyou.com", "moreorcs.com", "morriesworld.ml", "mortaza.com", "moruzza.com", "mosaicfx.com", "moscowmail.com", "most-wanted.com", "mostlysunny.com", "motique.de", "motormania.com", "mountainregionallibrary.net", "movemail.com", "movieluver.com", "mowgli.jungleheart.com", "mox.pp.ua", "moy-elektrik.ru", "moza.pl", "mozej.com", "mp4.it", "mqg77378.ga", "mr-potatohead.com", "mr24.co", "mrblacklist.gq", "mrmail.info", "mrpost.com", "mrresourcepacks.tk", "msa.minsmail.com", "mscold.com", "msft.cloudns.asia", "msgbox.com", "msgden.com", "msgos.com", "msgsafe.ninja", "msk.ru", "msn.co.uk", "msn.com", "mspeciosa.com", "msrc.ml", "mswork.ru", "msxd.com", "mt2009.com", "mt2014.com", "mt2015.com", "mt2016.com", "mt2017.com", "mtmdev.com", "mttestdriver.com", "muathegame.com", "muchomail.com", "mucincanon.com", "muehlacker.tk", "muell.email", "muellemail.com", "muellmail.com", "mufux.com", "mugglenet.org", "muimail.com", "mundomail.net", "munich.com", "munoubengoshi.gq", "music.com", "musician.org", "musicscene.org", "muslim.com", "mustbedestroyed.org", "mutant.me", "muttwalker.net", "mvdmail.com", "mvrht.com", "mvrht.net", "mwarner.org", "mx0.wwwnew.eu", "mxfuel.com", "mxp.dns-cloud.net", "mxp.dnsabr.com", "my-pomsies.ru", "my-teddyy.ru", "my.efxs.ca", "my.email.ne.jp", "my.vondata.com.ar", "my10minutemail.com", "my6mail.com", "myalias.pw", "mybitti.de", "mybox.it", "mycabin.com", "mycampus.com", "mycard.net.ua", "mycity.com", "mycleaninbox.net", "mycool.com", "mycorneroftheinter.net", "myde.ml", "mydemo.equipment", "mydomain.com", "mydotcomaddress.com", "myecho.es", "myemail.my", "myemailboxy.com", "myfamily.com", "myfreemail.space", "mygeoweb.info", "mygo.com", "myindohome.services", "myinterserver.ml", "myiris.com", "mykickassideas.com", "myletter.online", "myloans.space", "mymail-in.net", "mymail90.com", "mymailbest.com", "mymailjos.cf", "mymailjos.ga", "mymailjos.tk", "mymailoasis.com", "mymailto.cf", "mymailto.ga", "myn4s.ddns.net", "mynamedot.com", "myneocards.cz", "mynetaddress.com", "mynetstore.de", "mynetwork.cf", "myopang.com", "myownemail.com", "myownfriends.com", "mypacks.net", "mypad.com", "mypartyclip.de", "mypersonalemail.com", "myphantomemail.com", "myplace.com", "myrealbox.com", "myremarq.com", "mysamp.de", "myself.com", "mysentmail.com", "myspaceinc.com", "myspaceinc.net", "myspaceinc.org", "myspacepimpedup.com", "myspamless.com", "mystupidjob.com", "mystvpn.com", "mysugartime.ru", "mytemp.email", "mytempemail.com", "mytempmail.com", "mythirdage.com", "mythnick.club", "mytmail.in", "mytrashmail.com", "mytrommleronline.com", "mywarnernet.net", "myway.com", "myworldmail.com", "mywrld.top", "myzx.com", "m\xFCll.email", "m\xFCllemail.com", "m\xFCllmail.com", "n1nja.org", "n2.com", "n2business.com", "n2mail.com", "n2software.com", "nabc.biz", "nabuma.com", "nacho.pw", "nada.email", "nada.ltd", "nafe.com", "nagpal.net", "nakedgreens.com", "nakedtruth.biz", "name.com", "nameplanet.com", "nando1.com", "nandomail.com", "nanonym.ch", "napalm51.cf", "napalm51.flu.cc", "napalm51.ga", "napalm51.gq", "napalm51.igg.biz", "napalm51.ml", "napalm51.nut.cc", "napalm51.tk", "napalm51.usa.cc", "naplesnews.net", "naseej.com", "naslazhdai.ru", "nate.com", "nationalgardeningclub.com", "nativestar.net", "nativeweb.net", "naturalious.com", "naui.net", "nauticom.net", "naver.com", "navigator.lv", "navy.org", "naz.com", "nbox.notif.me", "nc.rr.com", "nchoicemail.com", "nctuiem.xyz", "neb.rr.com", "neeva.net", "negated.com", "neibu306.com", "neibu963.com", "neko2.net", "nemra1.com", "nenter.com", "neo.rr.com", "neomailbox.com", "neotlozhniy-zaim.ru", "nepwk.com", "nervhq.org", "nervmich.net", "nervtmich.net", "net-list.com", "net-pager.net", "net-shopping.com", "net-solution.info", "net.email.ne.jp", "net.ua", "net4b.pt", "net4you.at", "netbounce.com", "netbroadcaster.com", "netby.dk", "netcenter-vn.net", "netcom.ca", "netcom.com", "netcourrier.com", "netexecutive.com", "netexpressway.com", "netgenie.com", "netian.com", "netins.net", "netizen.com.ar", "netlane.com", "netlimit.com", "netmail3.net", "netmails.com", "netmails.info", "netmails.net", "netmanor.com", "netmongol.com", "netnet.com.sg", "netpiper.com", "netposta.net", "netradiomail.com", "netralink.com", "netricity.nl", "netris.net", "netscape.com", "netscape.net", "netscapeonline.co.uk", "netsero.net", "netspace.net.au", "netspeedway.com", "netsquare.com", "netster.com", "nettaxi.com", "netviewer-france.com", "netvision.net.il", "netzero.com", "netzero.net", "netzidiot.de", "neuf.fr", "neverbox.com", "nevermail.de", "new-purse.com", "new.rr.com", "newairmail.com", "newbpotato.tk", "newdawnnm.xyz", "newfilm24.ru", "newmail.com", "newmail.net", "newmail.ru", "newtmail.com", "newyork.com", "next-mail.info", "next-mail.online", "next.ovh", "next2cloud.info", "nextemail.in", "nextemail.net", "nextmail.in", "nextmail.info", "nextstopvalhalla.com", "nexxmail.com", "nezdiro.org", "nezzart.com", "nfast.net", "nfmail.com", "nguyenusedcars.com", "nh3.ro", "nhmail.com", "nice-4u.com", "nicebush.com", "nicegal.com", "nicemail.pro", "nicewoodenbaskets.com", "nicholastse.net", "nicknassar.com", "nickrizos.com", "nicolastse.com", "nie-podam.pl", "niepodam.pl", "nigge.rs", "nightmail.com", "nike.coms.hk", "nikopage.com", "nimail.com", "nincsmail.com", "nincsmail.hu", "ninfan.com", "nirvanafan.com", "niwl.net", "nko.kr", "nl.szucsati.net", "nm7.cc", "nmail.cf", "nnh.com", "nnot.net", "no-spam.hu", "no-spam.ws", "no-spammers.com", "no-ux.com", "noavar.com", "noblepioneer.com", "nobugmail.com", "nobulk.com", "nobuma.com", "noclickemail.com", "nodezine.com", "nodie.cc", "nodnor.club", "nogmailspam.info", "noicd.com", "noifeelings.com", "nokiamail.com", "nom.za", "nomail.cf", "nomail.ch", "nomail.ga", "nomail.nodns.xyz", "nomail.pw", "nomail.xl.cx", "nomail2me.com", "nomailthankyou.com", "nomorespamemails.com", "nonexisted.nondomain", "nonpartisan.com", "nonspam.eu", "nonspammer.de", "nonze.ro", "noref.in", "norih.com", "norika-fujiwara.com", "norikomail.com", "norseforce.com", "northemquest.com", "northgates.net", "nospam.ze.tc", "nospam4.us", "nospamfor.us", "nospammail.net", "nospamthanks.info", "nostrajewellery.xyz", "nothingtoseehere.ca", "notif.me", "notmailinator.com", "notrnailinator.com", "notsharingmy.info", "now.im", "now.mefound.com", "noway.pw", "nowhere.org", "nowmymail.com", "npv.kr", "nsaking.de", "ntlhelp.net", "ntlworld.com", "ntscan.com", "ntub.cf", "nubescontrol.com", "null.net", "nullbox.info", "nuo.kr", "nurfuerspam.de", "nus.edu.sg", "nut.cc", "nutpa.net", "nuts2trade.com", "nvc-e.com", "nwldx.com", "nwldx.net", "nwytg.com", "nwytg.net", "ny.com", "ny7.me", "nyc.com", "nycap.rr.com", "nycmail.com", "nyrmusic.com", "nzoomail.com", "o-tay.com", "o.spamtrap.ro", "o060bgr3qg.com", "o2.co.uk", "o2.pl", "o2stk.org", "o3enzyme.com", "o7i.net", "oai.asia", "oaklandas-fan.com", "oalsp.com", "oath.com", "obfusko.com", "objectmail.com", "obo.kr", "obobbo.com", "oborudovanieizturcii.ru", "obxpestcontrol.com", "oceancares.xyz", "oceanfree.net", "odaymail.com", "oddpost.com", "odmail.com", "odnorazovoe.ru", "oerpub.org", "office-email.com", "officedomain.com", "offroadwarrior.com", "offshore-proxies.net", "oh.rr.com", "ohaaa.de", "ohdomain.xyz", "ohi.tw", "ohioticketpayments.xyz", "oi.com.br", "oicexchange.com", "oing.cf", "okbank.com", "okclprojects.com", "okhuman.com", "okmad.com", "okmagic.com", "okname.net", "okrent.us", "okuk.com", "okzk.com", "oldies1041.com", "oldies104mail.com", "ole.com", "olemail.com", "olg.com", "olimp-case.ru", "olympist.net", "olypmall.ru", "omail.pro", "omaninfo.com", "omegafive.net", "omnievents.org", "one-time.email", "one2mail.info", "onebiginbox.com", "onebox.com", "onecitymail.com", "onedaymail.cf", "onedaymail.ga", "onelegalplan.com", "onemail1.com", "onemoremail.net", "onenet.com.ar", "oneoffemail.com", "oneoffmail.com", "onet.pl", "onewaymail.com", "oninet.pt", "onlatedotcom.info", "online.de", "online.ie", "online.ms", "onlinehome.de", "onlineidea.info", "onlinewiz.com", "onmilwaukee.com", "onobox.com", "onqin.com", "ontyne.biz", "onvillage.com", "oolus.com", "oonies-shoprus.ru", "oopi.org", "opayq.com", "opende.de", "opendns.ro", "opentrash.com", "operafan.com", "operamail.com", "opmmedia.ga", "opp24.com", "optician.com", "optician.net", "optimum.net", "optonline.net", "optusnet.com.au", "oranek.com", "orange.fr", "orange.net", "orangotango.cf", "orangotango.ga", "orangotango.gq", "orangotango.ml", "orangotango.tk", "orbitel.bg", "ordinaryamerican.net", "oreidresume.com", "org.ua", "orgmail.net", "orgmbx.cc", "oroki.de", "orthodontist.net", "oshietechan.link", "osite.com.br", "oso.com", "otakumail.com", "otherinbox.codupmyspace.com", "otherinbox.com", "our-computer.com", "our-office.com", "our.st", "ourbrisbane.com", "ourklips.com", "ournet.md", "ourpreviewdomain.com", "outel.com", "outgun.com", "outlawspam.com", "outlook.at", "outlook.be", "outlook.cl", "outlook.co.id", "outlook.co.il", "outlook.co.nz", "outlook.co.th", "outlook.com", "outlook.com.ar", "outlook.com.au", "outlook.com.br", "outlook.com.gr", "outlook.com.pe", "outlook.com.tr", "outlook.com.vn", "outlook.cz", "outlook.de", "outlook.dk", "outlook.es", "outlook.fr", "outlook.hu", "outlook.ie", "outlook.in", "outlook.it", "outlook.jp", "outlook.kr", "outlook.lv", "outlook.my", "outlook.ph", "outlook.pt", "outlook.sa", "outlook.sg", "outlook.sk", "outlookpro.net", "over-the-rainbow.com", "ovpn.to", "ovvee.com", "owlpic.com", "owlymail.com", "ownmail.net", "ownsyou.de", "oxopoha.com", "oyu.kr", "ozbytes.net.au", "ozemail.com.au", "ozyl.de", "p-banlis.ru", "p33.org", "p71ce1m.com", "pa9e.com", "pacbell.net", "pachilly.com", "pacific-ocean.com", "pacific-re.com", "pacificwest.com", "packersfan.com", "pagamenti.tk", "pagina.de", "pagons.org", "paharpurmim.ga", "pakadebu.ga", "pakistanoye.com", "palestinemail.com", "paller.cf", "pancakemail.com", "papa.email.ne.jp", "papierkorb.me", "paplease.com", "para2019.ru", "parcel4.net", "parkcrestlakewood.xyz", "parkjiyoon.com", "parlimentpetitioner.tk", "parrot.com", "parsmail.com", "partlycloudy.com", "partskyline.com", "partynight.at", "parvazi.com", "passwordmail.com", "pastebitch.com", "pathfindermail.com", "patmedia.net", "patonce.com", "paulfucksallthebitches.com", "pavilionx2.com", "pay-mon.com", "payperex2.com", "payspun.com", "pc1520.com", "pcmylife.com", "pconnections.net", "pcpostal.com", "pcsrock.com", "pcusers.otherinbox.com", "pdold.com", "pe.hu", "peachworld.com", "peapz.com", "pecdo.com", "pecinan.net", "pecinan.org", "pediatrician.com", "pedimed-szczecin.pl", "pemail.net", "pencalc.xyz", "penis.computer", "penisgoes.in", "penpen.com", "peoplepc.com", "peopleweb.com", "pepbot.com", "peppe.usa.cc", "pepsi.coms.hk", "perfectmail.com", "personal-email.ml", "personal.ro", "personales.com", "peterdethier.com", "petlover.com", "petml.com", "petrzilka.net", "pettypool.com", "pezeshkpour.com", "pfui.ru", "phaantm.de", "phayze.com", "phone-elkey.ru", "photo-impact.eu", "photographer.net", "photomark.net", "phpbb.uu.gl", "phreaker.net", "phus8kajuspa.cu.cc", "physicist.net", "pi.vu", "picknameme.fun", "pickupman.com", "picusnet.com", "pidmail.com", "pig.pp.ua", "pigpig.net", "pii.at", "piki.si", "pimpedupmyspace.com", "pinehill-seattle.org", "pingir.com", "pinoymail.com", "pipeline.com", "piracha.net", "pisem.net", "pisls.com", "pitaniezdorovie.ru", "pivo-bar.ru", "pjjkp.com", "placemail.online", "planet-mail.com", "planet-travel.club", "planet.nl", "planetaccess.com", "planetall.com", "planetarymotion.net", "planetdirect.com", "planetearthinter.net", "planetmail.com", "planetmail.net", "planetout.com", "plasa.com", "playersodds.com", "playful.com", "pleasenoham.org", "plexolan.de", "plhk.ru", "ploae.com", "plusmail.com.br", "plutocow.com", "plw.me", "pm.me", "pmail.net", "po.bot.nu", "pobox.com", "pobox.hu", "pobox.sk", "pochta.ru", "poczta.fm", "podam.pl", "poehali-otdihat.ru", "poetic.com", "poh.pp.ua", "pojok.ml", "pokemail.net", "pokiemobile.com", "polacy-dungannon.tk", "polandmail.com", "polarkingxx.ml", "polbox.com", "policeoffice.com", "politician.com", "politikerclub.de", "poliusraas.tk", "poly-swarm.com", "polyfaust.com", "polyswarms.com", "pooae.com", "poofy.org", "pookmail.com", "pool-sharks.com", "poond.com", "poopiebutt.club", "pop3.xyz", "popaccount.com", "popesodomy.com", "popgx.com", "popmail.com", "popmail.io", "popmailserv.org", "popsmail.com", "popstar.com", "populus.net", "porco.cf", "porco.ga", "porco.gq", "porco.ml", "portableoffice.com", "portugalmail.com", "portugalmail.pt", "portugalnet.com", "positive-thinking.com", "post.com", "post.cz", "post.sk", "posta.net", "posta.ro", "postaccesslite.com", "postacin.com", "postafree.com", "postalmail.biz", "postaweb.com", "poste.it", "postemail.net", "postfach2go.de", "postinbox.com", "postino.ch", "postmark.net", "postmaster.co.uk", "postonline.me", "postpro.net", "pousa.com", "poutineyourface.com", "powered.name", "powerfan.com", "powlearn.com", "poy.kr", "pp.ua", "ppc-e.com", "ppetw.com", "pqoss.com", "praize.com", "prazdnik-37.ru", "predatorrat.cf", "predatorrat.ga", "predatorrat.gq", "predatorrat.ml", "predatorrat.tk", "premium-mail.fr", "premiumperson.website", "premiumservice.com", "presidency.com", "press.co.jp", "priest.com", "primabananen.net", "primposta.com", "primposta.hu", "privacy.net", "privatdemail.net", "privaterelay.appleid.com", "privy-mail.com", "privy-mail.de", "privymail.de", "prmail.top", "pro-tag.org", "pro.hu", "probemail.com", "procrackers.com", "prodigy.net", "prodigy.net.mx", "proeasyweb.com", "profast.top", "profilific.com", "progetplus.it", "programmer.net", "programozo.hu", "proinbox.com", "project-xhabbo.com", "project2k.com", "projectcl.com", "prolaunch.com", "promessage.com", "prontomail.com", "proprietativalcea.ro", "propscore.com", "protestant.com", "proto2mail.com", "proton.me", "protonmail.ch", "protonmail.com", "providier.com", "provmail.net", "proxymail.eu", "proxyparking.com", "prs7.xyz", "prtnx.com", "prtz.eu", "psh.me", "psi.net", "psles.com", "psoxs.com", "psv-supporter.com", "psychedelicwarrior.xyz", "ptd.net", "pterodactyl.email", "public.usa.com", "publicist.com", "puglieisi.com", "puji.pro", "puk.us.to", "pulp-fiction.com", "pulpmail.us", "pumps-fashion.com", "punkass.com", "purcell.email", "purelogistics.org", "purple.flu.cc", "purple.igg.biz", "purple.nut.cc", "purple.usa.cc", "pushmojo.com", "put2.net", "puttanamaiala.tk", "putthisinyourspamdatabase.com", "pw.flu.cc", "pw.igg.biz", "pw.islam.igg.biz", "pw.nut.cc", "pw.r4.dns-cloud.net", "pwp.lv", "pwrby.com", "q.com", "q314.net", "q5vm7pi9.com", "qacquirep.com", "qafatwallet.com", "qasti.com", "qatarmail.com", "qbfree.us", "qbi.kr", "qc.to", "qiaua.com", "qibl.at", "qipmail.net", "qiq.us", "qis.net", "qisdo.com", "qisoa.com", "qj97r73md7v5.com", "qoika.com", "qprfans.com", "qq.com", "qq.my", "qrio.com", "qs2k.com", "qsl.ro", "qt1.ddns.net", "qtum-ico.com", "quackquack.com", "quadrafit.com", "quakemail.com", "qualityservice.com", "qudsmail.com", "quepasa.com", "querydirect.com", "quick-mail.club", "quick-mail.info", "quick-mail.online", "quickemail.info", "quickemail.top", "quickinbox.com", "quickmail.best", "quickmail.in", "quickmail.nl", "quickmail.rocks", "quickreport.it", "quickwebmail.com", "quiklinks.com", "quikmail.com", "qvap.ru", "qvy.me", "qwest.net", "qwestoffice.net", "qwfox.com", "qwickmail.com", "r-o-o-t.com", "r0.igg.biz", "r2cakes.com", "r4.dns-cloud.net", "r4nd0m.de", "r7.com", "r8r4p0cb.com", "ra3.us", "raakim.com", "rabin.ca", "rabiot.reisen", "racedriver.com", "racefanz.com", "racingfan.com.au", "racingmail.com", "radecoratingltd.com", "radicalz.com", "radiologist.net", "raetp9.com", "ragingbull.com", "rainmail.biz", "rainwaterstudios.org", "rajeshcon.cf", "raketenmann.de", "ramail.co.uk", "rambler.ru", "rancidhome.net", "randomail.net", "ranmamail.com", "rao.kr", "raqid.com", "rarame.club", "rastogi.net", "ratt-n-roll.com", "rattle-snake.com", "ravearena.com", "ravemail.co.za", "ravemail.com", "rawhidefc.org", "rawmails.com", "rax.la", "raxtest.com", "razemail.com", "razormail.com", "rbb.org", "rblx.site", "rcasd.com", "rccgmail.org", "rcn.com", "rcpt.at", "rcs7.xyz", "re-gister.com", "reagan.com", "realemail.net", "reality-concept.club", "reallyfast.biz", "reallymymail.com", "realradiomail.com", "realtyagent.com", "realtyalerts.ca", "reborn.com", "receiveee.com", "recipeforfailure.com", "recode.me", "reconmail.com", "recursor.net", "recyclemail.dk", "recycler.com", "red-mail.info", "red-mail.top", "redchan.it", "reddcoin2.com", "reddithub.com", "redfeathercrow.com", "rediffmail.com", "rediffmailpro.com", "rednecks.com", "redpeanut.com", "redseven.de", "redsfans.com", "reftoken.net", "refurhost.com", "regbypass.com", "regbypass.comsafe-mail.net", "reggaefan.com", "reggafan.com", "registerednurses.com", "regspaces.tk", "reincarnate.com", "rejectmail.com", "rejo.technology", "reliable-mail.com", "religious.com", "remail.cf", "remail.ga", "remarkable.rocks", "remote.li", "renraku.in", "repairman.com", "reply.hu", "representative.com", "reptilegenetics.com", "rescueteam.com", "resgedvgfed.tk", "resolution4print.info", "resumemail.com", "retkesbusz.nut.cc", "revenue.com", "revolvingdoorhoax.org", "rezai.com", "rfc822.org", "rgphotos.net", "rhombushorizons.com", "rhyta.com", "riamof.club", "richmondhill.com", "rickymail.com", "ricrk.com", "riddermark.de", "rifkian.ga", "rin.ru", "riopreto.com.br", "risencraft.ru", "risingsuntouch.com", "riski.cf", "rklips.com", "rko.kr", "rkomo.com", "rma.ec", "rmailcloud.com", "rmailgroup.in", "rmqkr.net", "rn.com", "rnailinator.com", "ro.lt", "roadrunner.com", "roanokemail.com", "robertspcrepair.com", "robo3.club", "robo3.co", "robo3.me", "robo3.site", "robot-mail.com", "robot2.club", "robot2.me", "rochester.rr.com", "rock.com", "rocketmail.com", "rocketship.com", "rockfan.com", "rockmail.top", "rockmailapp.com", "rockmailgroup.com", "rodrun.com", "rogers.com", "rollindo.agency", "rome.com", "ronnierage.net", "rooftest.net", "roosh.com", "rootfest.net", "rosebearmylove.ru", "rotaniliam.com", "rotfl.com", "roughnet.com", "row.kr", "rowe-solutions.com", "royal-soft.net", "royal.net", "royaldoodles.org", "royalgifts.info", "royalhost.info", "royalmail.top", "royalmarket.club", "royalmarket.life", "royalmarket.online", "royalweb.email", "rppkn.com", "rq6668f.com", "rr-0.cu.cc", "rr-1.cu.cc", "rr-2.cu.cc", "rr-3.cu.cc", "rr.ccs.pl", "rr.com", "rrohio.com", "rrwbltw.xyz", "rstarmail.com", "rsub.com", "rsvhr.com", "rtotlmail.net", "rtrtr.com", "rubyridge.com", "rudymail.ml", "ruffrey.com", "ruggedinbox.com", "rumgel.com", "runbox.com", "runi.ca", "rupayamail.com", "ruru.be", "rushpost.com", "rustydoor.com", "ruttolibero.com", "ruu.kr", "rvb.ro", "rvshop.com", "rxtx.us", "ryanb.com", "s-mail.com", "s-s.flu.cc", "s.bungabunga.cf", "s.sa.igg.biz", "s0ny.net", "s33db0x.com", "s51zdw001.com", "sa.igg.biz", "sabreshockey.com", "sabrestlouis.com", "sacbeemail.com", "sach.ir", "sackboii.com", "safaat.cf", "safarimail.com", "safe-mail.net", "safe-planet.com", "safermail.info", "safersignup.com", "safersignup.de", "safetymail.info", "safetypost.de", "safrica.com", "sagra.lu", "saharanightstempe.com", "saigonmail.us", "sailormoon.com", "saintly.com", "saintmail.net", "saitama.email.ne.jp", "sale-sale-sale.com", "salehi.net", "salesperson.net", "salmeow.tk", "salonyfryzjerskie.info", "samerica.com", "samilan.net", "sammimail.com", "samsclass.info", "san.rr.com", "sandcars.net", "sandelf.de", "sandwhichvideo.com", "sanfinder.com", "sanfranmail.com", "sanim.net", "sanook.com", "sanstr.com", "sapo.pt", "sapya.com", "sasa22.usa.cc", "sast.ro", "sativa.ro.org", "satukosong.com", "satx.rr.com", "saudia.com", "sausen.com", "savelife.ml", "savetimeerr.fun", "sawoe.com", "sayhi.net", "saynotospams.com", "sazhimail.ooo", "sbcglobal.net", "sburningk.com", "sc.rr.com", "scandalmail.com", "scatmail.com", "scay.net", "scbox.one.pl", "schachrol.com", "schafmail.de", "schizo.com", "schmeissweg.tk", "schmid.cf", "schoolemail.com", "schoolmail.com", "schoolsucks.com", "schrott-email.de", "schweiz.org", "sci.fi", "science.com.au", "scientist.com", "scifianime.com", "scotlandmail.com", "scottishmail.co.uk", "scubadiving.com", "sd3.in", "sdf.org", "sdfghyj.tk", "seanet.com", "searchwales.com", "searzh.com", "sebil.com", "secmail.pw", "secret-police.com", "secretary.net", "secretemail.de", "secretservices.net", "sector2.org", "secure-fb.com", "secure-mail.biz", "secure-mail.cc", "secure-mail.cn", "secured-link.net", "securehost.com.es", "secureinvox.com", "secureserver.usa.cc", "seductive.com", "seekapps.com", "seekstoyboy.com", "seguros.com.br", "sejaa.lv", "selfdestructingmail.com", "selfdestructingmail.org", "sellcow.net", "semut-kecil.com", "semutkecil.com", "send-email.org", "send.hu", "send22u.info", "sendbananas.website", "sendfree.org", "sendingspecialflyers.com", "sendme.cz", "sendspamhere.com", "sendto.cf", "senseless-entertainment.com", "sent.com", "sentrismail.com", "serga.com.ar", "servemymail.com", "server.ms", "servermaps.net", "service4.ml", "services391.com", "sesmail.com", "sex.dns-cloud.net", "sexforswingers.com", "sexical.com", "sexmagnet.com", "sexyalwasmi.top", "sezet.com", "seznam.cz", "sfamo.com", "sfgov.net", "sfmail.top", "sfr.fr", "shahweb.net", "shaniastuff.com", "shapoo.ch", "sharedmailbox.org", "sharewaredevelopers.com", "sharklasers.com", "sharmaweb.com", "shaw.ca", "shayzam.net", "she.com", "shhmail.com", "shhuut.org", "shieldedmail.com", "shieldemail.com", "shiftmail.com", "shinnemo.com", "shipfromto.com", "shiphazmat.org", "shipping-regulations.com", "shippingterms.org", "shit.dns-cloud.net", "shit.dnsabr.com", "shitaway.cf", "shitaway.flu.cc", "shitaway.ga", "shitaway.gq", "shitaway.igg.biz", "shitaway.ml", "shitaway.nut.cc", "shitaway.tk", "shitaway.usa.cc", "shitmail.de", "shitmail.me", "shitmail.org", "shitposting.agency", "shitware.nl", "shmeriously.com", "shockinmytown.cu.cc", "shonky.info", "shootmail.com", "shop4mail.net", "shoproyal.net", "shortmail.me", "shortmail.net", "shotgun.hu", "shotmail.ru", "showme.social", "showslow.de", "shrib.com", "shuf.com", "shuffle.email", "shurs.xyz", "shut.name", "shut.ws", "sialkotcity.com", "sialkotian.com", "sialkotoye.com", "sibmail.com", "sidelka-mytischi.ru", "siftportal.ru", "sify.com", "sikux.com", "siliwangi.ga", "silkroad.net", "silvercoin.life", "sim-simka.ru", "simplebox.email", "simpleemail.in", "simpleemail.info", "simpleitsecurity.info", "simplemail.in", "simplemail.top", "simscity.cf", "sin.cl", "sina.cn", "sina.com", "sinamail.com", "sinda.club", "sinema.ml", "sinfiltro.cl", "singapore.com", "singlespride.com", "singmail.com", "singnet.com.sg", "singpost.com", "sinnlos-mail.de", "sino.tw", "siteposter.net", "sizzlemctwizzle.com", "sjuaq.com", "skafan.com", "skeefmail.com", "skim.com", "skizo.hu", "skrx.tk", "sky-inbox.com", "sky-mail.ga", "sky-ts.de", "sky.com", "sky.dnsabr.com", "skymailapp.com", "skymailgroup.com", "skynet.be", "slamdunkfan.com", "slapsfromlastnight.com", "slaskpost.se", "slave-auctions.net", "slingshot.com", "slippery.email", "slipry.net", "slo.net", "slopsbox.com", "slothmail.net", "slotter.com", "slowfoodfoothills.xyz", "slowslow.de", "slsrs.ru", "slu21svky.com", "slushmail.com", "slutty.horse", "sly.io", "smailpro.com", "smallker.tk", "smap.4nmv.ru", "smapfree24.com", "smapfree24.de", "smapfree24.eu", "smapfree24.info", "smapfree24.org", "smapxsmap.net", "smart-email.me", "smart-mail.info", "smart-mail.top", "smartbusiness.me", "smashmail.de", "smellfear.com", "smellrear.com", "smellypotato.tk", "smileyface.comsmithemail.net", "smoothmail.com", "smoug.net", "smsforum.ro", "smtp99.com", "smwg.info", "snail-mail.net", "snail-mail.ney", "snakebite.com", "snakemail.com", "sndt.net", "sneakemail.com", "sneakmail.de", "snet.net", "snip.net", "sniper.hu", "snkmail.com", "snoopymail.com", "snowboarding.com", "snowdonia.net", "socal.rr.com", "socamail.com", "socceramerica.net", "soccermail.com", "soccermomz.com", "social-mailer.tk", "socialfurry.org", "socialworker.net", "sociologist.com", "sofimail.com", "sofort-mail.de", "sofortmail.de", "softbank.ne.jp", "softhome.net", "softkey-office.ru", "softpls.asia", "sogetthis.com", "sohu.net", "soioa.com", "soisz.com", "sol.dk", "solar-impact.pro", "soldier.hu", "solution4u.com", "solvemail.info", "solventtrap.wiki", "songwriter.net", "sonshi.cf", "soodmail.com", "soodomail.com", "soodonims.com", "soon.com", "soon.it", "sosmanga.com", "soulfoodcookbook.com", "sp.nl", "spa.com", "space-bank.com", "space-man.com", "space-ship.com", "space-travel.com", "space.com", "spaceart.com", "spacebank.com", "spacebazzar.ru", "spacemart.com", "spacetowns.com", "spacewar.com", "spaereplease.com", "spainmail.com", "spam-be-gone.com", "spam.2012-2016.ru", "spam.care", "spam.flu.cc", "spam.igg.biz", "spam.la", "spam.nut.cc", "spam.org.es", "spam.su", "spam.usa.cc", "spam4.me", "spamail.de", "spamarrest.com", "spamavert.com", "spambob.com", "spambob.net", "spambob.org", "spambog.com", "spambog.de", "spambog.net", "spambog.ru", "spambooger.com", "spambox.info", "spambox.irishspringrealty.com", "spambox.me", "spambox.org", "spambox.us", "spambox.xyz", "spamcannon.com", "spamcannon.net", "spamcero.com", "spamcon.org", "spamcorptastic.com", "spamcowboy.com", "spamcowboy.net", "spamcowboy.org", "spamday.com", "spamdecoy.net", "spamex.com", "spamfighter.cf", "spamfighter.ga", "spamfighter.gq", "spamfighter.ml", "spamfighter.tk", "spamfree.eu", "spamfree24.com", "spamfree24.de", "spamfree24.eu", "spamfree24.info", "spamfree24.net", "spamfree24.org", "spamgoes.in", "spamgourmet.com", "spamgourmet.net", "spamgourmet.org", "spamherelots.com", "spamhereplease.com", "spamhole.com", "spamify.com", "spaminator.de", "spamkill.info", "spaml.com", "spaml.de", "spamlot.net", "spammedic.com", "spammotel.com", "spamobox.com", "spamoff.de", "spamsalad.in", "spamserver.cf", "spamserver.ml", "spamserver.tk", "spamslicer.com", "spamspameverywhere.org", "spamspot.com", "spamstack.net", "spamthis.co.uk", "spamthisplease.com", "spamtrail.com", "spamtrap.co", "spamtrap.ro", "spamtroll.net", "spamwc.cf", "spamwc.de", "spamwc.ga", "spamwc.gq", "spamwc.ml", "spartapiet.com", "spazmail.com", "spb.ru", "speed.1s.fr", "speedemail.net", "speedgaus.net", "speedpost.net", "speedrules.com", "speedrulz.com", "speedy.com.ar", "sperma.cf", "spikio.com", "spils.com", "spindl-e.com", "spinfinder.com", "spoofmail.de", "sportemail.com", "sportsmail.com", "sporttruckdriver.com", "spr.io", "spray.no", "spray.se", "sprintmail.com", "spritzzone.de", "sprynet.com", "spybox.de", "spymac.com", "sqoai.com", "squizzy.de", "squizzy.eu", "squizzy.net", "sr.ro.lt", "sraka.xyz", "srilankan.net", "sroff.com", "sry.li", "ssgjylc1013.com", "ssl.tls.cloudns.asia", "ssoia.com", "st-davids.net", "stade.fr", "stalag13.com", "stanfordujjain.com", "stargateradio.com", "starlight-breaker.net", "starmail.co.za", "starmail.com", "starmail.org", "starmedia.com", "starplace.com", "starpower.net", "starspath.com", "start.com.au", "startfu.com", "starting-point.com", "startkeys.com", "startrekmail.com", "statdvr.com", "stathost.net", "statiix.com", "stattech.info", "stealthmail.com", "stealthypost.org", "steam-area.ru", "steambot.net", "steamprank.com", "stelliteop.info", "stevesmusclecars.arcoxmail.com", "stexsy.com", "stg.malibucoding.com", "stinkefinger.net", "stny.rr.com", "stockracer.com", "stones.com", "stop-my-spam.cf", "stop-my-spam.com", "stop-my-spam.ga", "stop-my-spam.ml", "stop-my-spam.pp.ua", "stop-my-spam.tk", "stopdropandroll.com", "stophabbos.tk", "storegmail.com", "storiqax.com", "storiqax.top", "storj99.com", "storj99.top", "storksite.com", "stpetersandstpauls.xyz", "streamfly.biz", "streamfly.link", "streetwisemail.com", "stribmail.com", "stromox.com", "strompost.com", "strongguy.com", "stuckmail.com", "studentcenter.org", "studiopolka.tokyo", "stuffmail.de", "stumpfwerk.com", "stx.rr.com", "stylist-volos.ru", "subnetwork.com", "subram.com", "suburbanthug.com", "suckmyd.com", "sucknfuck.site", "sudanmail.net", "suddenlinkmail.com", "sudolife.me", "sudolife.net", "sudomail.biz", "sudomail.com", "sudomail.net", "sudoverse.com", "sudoverse.net", "sudoweb.net", "sudoworld.com", "sudoworld.net", "suhabi.com", "suioe.com", "suisse.org", "sukhumvit.net", "sullivanemail.net", "sunpoint.net", "sunrise-sunset.com", "sunsgame.com", "sunumail.sn", "super-auswahl.de", "superdada.com", "supere.ml", "supereva.it", "supergreatmail.com", "supermail.ru", "supermailer.jp", "superplatyna.com", "superrito.com", "superstachel.de", "surat.com", "suremail.info", "surf3.net", "surfree.com", "surfy.net", "surgical.net", "surimail.com", "surveyrnonkey.net", "survivormail.com", "susi.ml", "sute.jp", "svk.jp", "svxr.org", "swbell.net", "sweb.cz", "swedenmail.com", "sweetpotato.ml", "sweetxxx.de", "swift10minutemail.com", "swiftdesk.com", "swingeasyhithard.com", "swingfan.com", "swipermail.zzn.com", "swirve.com", "swissinfo.org", "swissmail.com", "swissmail.net", "switchboardmail.com", "switzerland.org", "swva.net", "sx172.com", "sxylc113.com", "sylvannet.com", "sympatico.ca", "symphonyresume.com", "synonyme.email", "syom.com", "syriamail.com", "syujob.accountants", "szerz.com", "szucsati.net", "t-online.de", "t-online.hu", "t24e4p7.com", "t2mail.com", "t3t97d1d.com", "tafmail.com", "tafoi.gr", "taglead.com", "tagmymedia.com", "tagyourself.com", "takedowns.org", "takuyakimura.com", "talk21.com", "talkcity.com", "talkinator.com", "talktalk.co.uk", "talktalk.net", "tamil.com", "tampabay.rr.com", "tanukis.org", "taosjw.com", "tapchicuoihoi.com", "tarzanmail.cf", "tarzanmail.ml", "taskforcetech.com", "tastyemail.xyz", "tatanova.com", "taylorventuresllc.com", "tb-on-line.net", "tbwt.com", "tdf-illustration.com", "tds.net", "teachers.org", "teamdiscovery.com", "teamspeak3.ga", "teamtulsa.net", "tech-center.com", "tech4peace.org", "tech5group.com", "techemail.com", "techgroup.me", "techgroup.top", "techie.com", "techmail.info", "technisamail.co.za", "techno5.club", "technologist.com", "technoproxy.ru", "techpointer.com", "techscout.com", "techseek.com", "techspot.com", "teenagedirtbag.com", "teerest.com", "teewars.org", "tefl.ro", "telebot.com", "telebot.net", "telecomix.pl", "teleline.es", "telenet.be", "teleosaurs.xyz", "telerymd.com", "teleserve.dynip.com", "teletu.it", "teleworm.com", "teleworm.us", "telinco.net", "telkom.net", "tellos.xyz", "telpage.net", "telstra.com", "telus.net", "temp-mail.com", "temp-mail.de", "temp-mail.live", "temp-mail.ml", "temp-mail.net", "temp-mail.org", "temp-mail.ru", "temp-mails.com", "temp.emeraldwebmail.com", "temp.headstrong.de", "temp1.club", "temp15qm.com", "temp2.club", "tempail.com", "tempalias.com", "tempcloud.info", "tempe-mail.com", "tempemail.biz", "tempemail.co.za", "tempemail.com", "tempemail.net", "tempemail.org", "tempemails.io", "tempinbox.co.uk", "tempinbox.com", "tempmail.co", "tempmail.de", "tempmail.eu", "tempmail.it", "tempmail.pro", "tempmail.space", "tempmail.us", "tempmail.win", "tempmail2.com", "tempmailapp.com", "tempmaildemo.com", "tempmailer.com", "tempmailer.de", "tempmails.cf", "tempmails.gq", "tempomail.fr", "temporamail.com", "temporarily.de", "temporarioemail.com.br", "temporary-email.com", "temporary-email.world", "temporaryemail.net", "temporaryemail.us", "temporaryforwarding.com", "temporaryinbox.com", "temporarymailaddress.com", "tempr.email", "tempsky.com", "tempthe.net", "tempymail.com", "temtulsa.net", "tenchiclub.com", "tenderkiss.com", "tennismail.com", "ternaklele.ga", "terra.cl", "terra.com", "terra.com.ar", "terra.com.br", "terra.es", "test.com", "test.de", "testudine.com", "tfanus.com.er", "tfwno.gf", "tfz.net", "thai.com", "thaimail.com", "thaimail.net", "thanksnospam.info", "thankyou2010.com", "thc.st", "the-african.com", "the-airforce.com", "the-aliens.com", "the-american.com", "the-animal.com", "the-army.com", "the-astronaut.com", "the-beauty.com", "the-big-apple.com", "the-biker.com", "the-boss.com", "the-brazilian.com", "the-canadian.com", "the-canuck.com", "the-captain.com", "the-chinese.com", "the-country.com", "the-cowboy.com", "the-davis-home.com", "the-dutchman.com", "the-eagles.com", "the-englishman.com", "the-fastest.net", "the-first.email", "the-fool.com", "the-frenchman.com", "the-galaxy.net", "the-genius.com", "the-gentleman.com", "the-german.com", "the-gremlin.com", "the-hooligan.com", "the-italian.com", "the-japanese.com", "the-lair.com", "the-madman.com", "the-mailinglist.com", "the-marine.com", "the-master.com", "the-mexican.com", "the-ministry.com", "the-monkey.com", "the-newsletter.net", "the-pentagon.com", "the-police.com", "the-prayer.com", "the-professional.com", "the-quickest.com", "the-russian.com", "the-snake.com", "the-spaceman.com", "the-stock-market.com", "the-student.net", "the-whitehouse.net", "the-wild-west.com", "the18th.com", "theaperturelabs.com", "theaperturescience.com", "theaviors.com", "thebearshark.com", "thebest4ever.com", "thecloudindex.com", "thecoolguy.com", "thecricket.co.za", "thecriminals.com", "thediamants.org", "thedoghousemail.com", "thedorm.com", "theeasymail.com", "theend.hu", "theglobe.com", "thegolf.co.za", "thegolfcourse.com", "thegooner.com", "theheadoffice.com", "thelanddownunder.com", "thelightningmail.net", "thelimestones.com", "themailpro.net", "thembones.com.au", "themegreview.com", "themillionare.net", "themostemail.com", "theoffice.net", "theopposition.club", "theplate.com", "theplug.org", "thepokerface.com", "thepostmaster.net", "thepub.co.za", "theraces.com", "theracetrack.com", "therapist.net", "thereddoors.online", "theroyalweb.club", "therugby.co.za", "thescrappermovie.com", "theskymail.com", "thespawningpool.com", "thestreetfighter.com", "theteastory.info", "theteebox.com", "thetrash.email", "thewatercooler.com", "thewebpros.co.uk", "thewizzard.com", "thewizzkid.com", "thex.ro", "thezhangs.net", "thietbivanphong.asia", "thirdage.com", "this-is-a-free-domain.usa.cc", "thisgirl.com", "thisisnotmyrealemail.com", "thismail.net", "thisurl.website", "thnikka.com", "thoas.ru", "thoic.com", "thraml.com", "thrma.com", "throam.com", "thrott.com", "throwam.com", "throwawayemail.com", "throwawayemailaddress.com", "throwawaymail.com", "throya.com", "thrubay.com", "thtt.us", "thundermail.com", "thunkinator.org", "thxmate.com", "tic.ec", "ticket-please.ga", "tidni.com", "tijdelijke-email.nl", "tijdelijkmailadres.nl", "tilien.com", "timein.net", "timekr.xyz", "timgiarevn.com", "timkassouf.com", "tin.it", "tinoza.org", "tinyurl24.com", "tipsb.com", "tiscali.at", "tiscali.be", "tiscali.co.uk", "tiscali.it", "tiscali.lu", "tiscali.se", "tittbit.in", "tiv.cc", "tizi.com", "tkcity.com", "tkitc.de", "tkmy88m.com", "tko.kr", "tlpn.org", "tls.cloudns.asia", "tm.slsrs.ru", "tm2mail.com", "tmail.com", "tmail.ws", "tmailcloud.net", "tmailinator.com", "tmails.net", "tmailservices.com", "tmo.kr", "tmpeml.info", "tmpjr.me", "tmpmail.net", "tmpmail.org", "tntitans.club", "toddsbighug.com", "toi.kr", "toiea.com", "toke.com", "tokem.co", "tokenmail.de", "tokuriders.club", "tokyo.com", "tom.com", "tonymanso.com", "tool.pp.ua", "toolsource.com", "toomail.biz", "toon.ml", "toothandmail.com", "toothfairy.com", "top-mailer.net", "top-mails.net", "top-shop-tovar.ru", "top101.de", "top1mail.ru", "top1post.ru", "top9appz.info", "topchat.com", "topgamers.co.uk", "topikt.com", "topinrock.cf", "topletter.com", "topmail.com.ar", "topmailer.info", "topmall.com", "topmall.info", "topmall.org", "topofertasdehoy.com", "topplayers.fun", "topranklist.de", "toprumours.com", "topsurf.com", "topteam.bg", "torchmail.com", "tormail.net", "tormail.org", "torontomail.com", "toss.pw", "tosunkaya.com", "tot.net", "totalmusic.net", "totalvista.com", "totesmail.com", "toughguy.net", "tp-qa-mail.com", "tpg.com.au", "tpg24.com", "tqoai.com", "tqosi.com", "tracciabi.li", "tradermail.info", "tralalajos.ga", "tralalajos.gq", "tralalajos.ml", "tralalajos.tk", "tranceversal.com", "trash-amil.com", "trash-mail.at", "trash-mail.cf", "trash-mail.com", "trash-mail.de", "trash-mail.ga", "trash-mail.gq", "trash-mail.ml", "trash-mail.net", "trash-mail.tk", "trash-me.com", "trash2009.com", "trash2010.com", "trash2011.com", "trash247.com", "trash4.me", "trashcanmail.com", "trashdevil.com", "trashdevil.de", "trashemail.de", "trashemails.de", "trashinbox.com", "trashmail.at", "trashmail.com", "trashmail.de", "trashmail.gq", "trashmail.io", "trashmail.me", "trashmail.net", "trashmail.org", "trashmail.ws", "trashmailer.com", "trashymail.com", "trashymail.net", "trasz.com", "travala10.com", "travel.li", "trayna.com", "trbvm.com", "trbvn.com", "trbvo.com", "trebusinde.cf", "trebusinde.ml", "trend-maker.ru", "trendingtopic.cl", "triad.rr.com", "trialbytrivia.com", "trialmail.de", "trickmail.net", "trillianpro.com", "trimsj.com", "tritium.net", "trixtrux1.ru", "trmailbox.com", "trollproject.com", "trommlergroup.com", "tropicalbass.info", "tropicalstorm.com", "truckers.com", "truckerz.com", "truckracer.com", "trump.flu.cc", "trump.igg.biz", "trungtamtoeic.com", "trust-me.com", "tryalert.com", "tryninja.io", "tryzoe.com", "ts-by-tashkent.cf", "ts-by-tashkent.ga", "ts-by-tashkent.gq", "ts-by-tashkent.ml", "ts-by-tashkent.tk", "tsamail.co.za", "ttml.co.in", "ttszuo.xyz", "tualias.com", "tucumcaritonite.com", "tug.minecraftrabbithole.com", "tunisiamail.com", "turkey.com", "turoid.com", "turual.com", "tutye.com", "tvcablenet.be", "tvchd.com", "tverya.com", "tvstar.com", "twc.com", "twcny.rr.com", "tweakly.net", "twinmail.de", "twinstarsmail.com", "twkly.ml", "twocowmail.net", "twoweirdtricks.com", "tx.rr.com", "txt7e99.com", "txtadvertise.com", "tycoonmail.com", "tyhe.ro", "tyldd.com", "typemail.com", "tz.tz", "u14269.gq", "u14269.ml", "u2club.com", "u6lvty2.com", "ua3jx7n0w3.com", "uacro.com", "uae.ac", "uaemail.com", "ubbi.com", "ubbi.com.br", "uber-mail.com", "ubismail.net", "ubm.md", "uboot.com", "ubuntu.dns-cloud.net", "ubuntu.dnsabr.com", "ucche.us", "ucupdong.ml", "ucylu.com", "uemail99.com", "ufacturing.com", "ufgqgrid.xyz", "uggsrock.com", "ugimail.net", "uguuchantele.com", "uha.kr", "uhhu.ru", "uikd.com", "ujijima1129.gq", "uk.flu.cc", "uk.igg.biz", "uk.nut.cc", "uk.to", "uk2k.com", "uk2net.com", "uk7.net", "uk8.net", "ukbuilder.com", "ukcool.com", "ukdreamcast.com", "ukexample.com", "ukmail.com", "ukmail.org", "ukmax.com", "uko.kr", "ukr.net", "uku.co.uk", "ultapulta.com", "ultra.fyi", "ultrada.ru", "ultrapostman.com", "umail.net", "umail2.com", "ummah.org", "umpire.com", "umy.kr", "unbounded.com", "undo.it", "unforgettable.com", "uni.de", "unican.es", "unids.com", "unihome.com", "unimark.org", "unit7lahaina.com", "universal.pt", "unlimit.com", "unmail.ru", "uno.ee", "uno.it", "unofree.it", "unomail.com", "unseen.is", "uny.kr", "uol.com.ar", "uol.com.br", "uol.com.co", "uol.com.mx", "uol.com.ve", "uole.com", "uole.com.ve", "uolmail.com", "uomail.com", "upcmail.ie", "upf.org", "upliftnow.com", "uplipht.com", "uploadnolimit.com", "upy.kr", "urbanchickencoop.com", "urbismail.com", "ureach.com", "urfey.com", "urfunktion.se", "urgentmail.biz", "urhen.com", "uroid.com", "us.af", "us.to", "usa.cc", "usa.com", "usa.net", "usaaccess.net", "usako.net", "usanetmail.com", "uscaves.com", "used-product.fr", "usermail.com", "username.e4ward.com", "ushijima1129.cf", "ushijima1129.ga", "ushijima1129.gq", "ushijima1129.ml", "ushijima1129.tk", "usit.net", "usma.net", "usmc.net", "uswestmail.net", "utiket.us", "utoo.email", "utooemail.com", "uu.gl", "uu.net", "uu2.ovh", "uvy.kr", "uwork4.us", "uyhip.com", "uymail.com", "uyu.kr", "uyuyuy.com", "uz6tgwk.com", "v-sexi.com", "vaasfc4.tk", "vaati.org", "vaffanculo.gq", "vahoo.com", "valemail.net", "valhalladev.com", "valuemailers.com", "vanacken.xyz", "vankin.de", "varbizmail.com", "vba.kr", "vcbox.pro", "vcmail.com", "vctel.com", "vda.ro", "vdig.com", "veanlo.com", "vektik.com", "velnet.co.uk", "velocall.com", "venompen.com", "verdejo.com", "verifymail.win", "verizon.net", "verizonmail.com", "vermutlich.net", "veryday.ch", "veryday.eu", "veryday.info", "veryfast.biz", "veryrealemail.com", "veryspeedy.net", "vesa.pw", "vfemail.net", "vickaentb.cf", "vickaentb.ga", "vickaentb.gq", "vickaentb.ml", "vickaentb.tk", "victime.ninja", "victoriantwins.com", "vidchart.com", "videotron.ca", "viditag.com", "viewcastmedia.com", "viewcastmedia.net", "viewcastmedia.org", "vihost.ml", "vihost.tk", "vikingsonly.com", "vimail24.com", "vinernet.com", "violinmakers.co.uk", "vip-mail.tk", "vip.gr", "vip.qq.com", "vip.sina.com", "vipmail.name", "vipmail.pw", "vipmail.ru", "vipsohu.net", "vipxm.net", "viralplays.com", "virgilio.it", "virgin.net", "virginmedia.co.uk", "virginmedia.com", "viroleni.cu.cc", "virtual-email.com", "virtualactive.com", "virtualemail.info", "virtualmail.com", "visa.coms.hk", "visa.dns-cloud.net", "visa.dnsabr.com", "visitmail.com", "visitweb.com", "visto.com", "vistomail.com", "visualcities.com", "vivavelocity.com", "vivianhsu.net", "vixletdev.com", "vjmail.com", "vjtimail.com", "vkcode.ru", "vlmail.com", "vmail.co.il", "vmail.me", "vmailcloud.com", "vmailing.info", "vmailpro.net", "vmani.com", "vmpanda.com", "vncoders.net", "vnedu.me", "vnn.vn", "voidbay.com", "voila.fr", "volcanomail.com", "voltaer.com", "volvo-xc.ml", "volvo-xc.tk", "vomoto.com", "voo.be", "vorga.org", "vote-democrats.com", "vote-hillary.com", "vote-republicans.com", "vote4gop.org", "votenet.com", "votiputox.org", "voxelcore.com", "vp.ycare.de", "vpn.st", "vpn33.top", "vps30.com", "vps911.net", "vpslists.com", "vpsorg.pro", "vpsorg.top", "vpstraffic.com", "vr9.com", "vradportal.com", "vremonte24-store.ru", "vrmtr.com", "vrsim.ir", "vs904a6.com", "vsimcard.com", "vssms.com", "vtxmail.us", "vubby.com", "vuemail.com", "vuiy.pw", "vzlom4ik.tk", "vztc.com", "w-asertun.ru", "w22fe21.com", "w3.to", "w3internet.co.uk", "w4i3em6r.com", "w6mail.com", "w918bsq.com", "w9f.de", "w9y9640c.com", "wahoye.com", "wakingupesther.com", "walala.org", "wales2000.net", "walkmail.net", "walkmail.ru", "walla.co.il", "walla.com", "wallm.com", "wam.co.za", "wamail.net", "wanadoo.co.uk", "wanadoo.es", "wanadoo.fr", "warau-kadoni.com", "warmmail.com", "warpmail.net", "warrior.hu", "wasd.10mail.org", "wasdfgh.cf", "wasdfgh.ga", "wasdfgh.gq", "wasdfgh.ml", "wasdfgh.tk", "wasimismail.com", "wasteland.rfc822.org", "watch-harry-potter.com", "watchever.biz", "watchfull.net", "watchironman3onlinefreefullmovie.com", "waumail.com", "wawi.es", "wazabi.club", "wbdet.com", "wbdev.tech", "wbml.net", "wearab.net", "weave.email", "web-contact.info", "web-emailbox.eu", "web-experts.net", "web-ideal.fr", "web-mail.com.ar", "web-mail.de", "web-mail.pp.ua", "web-police.com", "web.de", "web.id", "web2mailco.com", "webarnak.fr.eu.org", "webave.com", "webcammail.com", "webcity.ca", "webcontact-france.eu", "webdream.com", "webemail.me", "webgmail.info", "webinbox.com", "webindia123.com", "webjump.com", "webm4il.in", "webm4il.info", "webmail.bellsouth.net", "webmail.co.yu", "webmail.co.za", "webmail.hu", "webmail24.to", "webmail24.top", "webmails.com", "webmails.top", "webmeetme.com", "webname.com", "webprogramming.com", "websecuremail.com", "webstable.net", "webstation.com", "websurfer.co.za", "webtempmail.online", "webtopmail.com", "webtrip.ch", "webuser.in", "wee.my", "weedmail.com", "weekmail.com", "weekonline.com", "wef.gr", "wefjo.grn.cc", "weg-werf-email.de", "wegas.ru", "wegwerf-email-addressen.de", "wegwerf-email-adressen.de", "wegwerf-email.at", "wegwerf-email.de", "wegwerf-email.net", "wegwerf-emails.de", "wegwerfadresse.de", "wegwerfemail.com", "wegwerfemail.de", "wegwerfemail.info", "wegwerfemail.net", "wegwerfemail.org", "wegwerfemailadresse.com", "wegwerfmail.de", "wegwerfmail.info", "wegwerfmail.net", "wegwerfmail.org", "wegwerpmailadres.nl", "wegwrfmail.de", "wegwrfmail.net", "wegwrfmail.org", "wehshee.com", "welikecookies.com", "welsh-lady.com", "wem.com", "wemel.top", "westnet.com.au", "wetrainbayarea.com", "wetrainbayarea.org", "wfgdfhj.tk", "wg0.com", "wh4f.org", "whale-mail.com", "whartontx.com", "whatiaas.com", "whatifanalytics.com", "whatpaas.com", "whatsaas.com", "wheelweb.com", "whiffles.org", "whipmail.com", "whitebot.ru", "whoever.com", "whoopymail.com", "whopy.com", "whtjddn.33mail.com", "whyspam.me", "wi.rr.com", "wibblesmith.com", "wickedmail.com", "wickmail.net", "wideopenwest.com", "widget.gg", "wierie.tk", "wiki.8191.at", "wil.kr", "wildblue.net", "wildmail.com", "wilemail.com", "willhackforfood.biz", "willselfdestruct.com", "wimsg.com", "windowslive.com", "windrivers.net", "windstream.net", "winemaven.in", "winemaven.info", "winfreegifts.xyz", "wingnutz.com", "winmail.com.au", "winning.com", "wins.com.br", "wishan.net", "witty.com", "wiz.cc", "wiz2.site", "wkbwmail.com", "wlist.ro", "wmail.cf", "wmail.club", "woh.rr.com", "wokcy.com", "wolf-web.com", "wolfmission.com", "wolfsmail.ml", "wolfsmail.tk", "wolfsmails.tk", "wollan.info", "wombles.com", "wonder-net.com", "wongfaye.com", "wooow.it", "worker.com", "workflowy.cn", "workflowy.top", "workmail.co.za", "workmail.com", "worldemail.com", "worldmailer.com", "worldnet.att.net", "worldspace.link", "wormseo.cn", "wosaddict.com", "wouldilie.com", "wovz.cu.cc", "wow.com", "wowgirl.com", "wowmail.com", "wowway.com", "wp.pl", "wpg.im", "wptamail.com", "wr9v6at7.com", "wralawfirm.com", "wrestlingpages.com", "wrexham.net", "writeme.com", "writeme.us", "writemeback.com", "wronghead.com", "wrongmail.com", "ws.gy", "wtvhmail.com", "wudet.men", "wupics.com", "wuzup.net", "wuzupmail.net", "wwdg.com", "www.bccto.com", "www.bccto.me", "www.com", "www.e4ward.com", "www.gishpuppy.com", "www.live.co.kr.beo.kr", "www.mailinator.com", "www.redpeanut.com", "www2000.net", "wwwnew.eu", "wx88.net", "wxnw.net", "wxs.net", "wyrm.supernews.com", "wyvernia.net", "wzukltd.com", "x-mail.net", "x-networks.net", "x.ip6.li", "x1x.spb.ru", "x1x22716.com", "x24.com", "x4y.club", "x5a9m8ugq.com", "x5g.com", "x8h8x941l.com", "xagloo.co", "xagloo.com", "xcode.ro", "xcodes.net", "xcompress.com", "xcpy.com", "xemaps.com", "xents.com", "xgmailoo.com", "xing886.uu.gl", "xjoi.com", "xl.cx", "xlgaokao.com", "xmail.com", "xmaily.com", "xmastime.com", "xmsg.com", "xn--9kq967o.com", "xoom.com", "xoommail.com", "xost.us", "xoxox.cc", "xoxy.net", "xperiae5.com", "xpressmail.zzn.com", "xrho.com", "xsmail.com", "xtra.co.nz", "xuno.com", "xvx.us", "xwaretech.com", "xwaretech.info", "xwaretech.net", "xww.ro", "xx-9.tk", "xxhamsterxx.ga", "xxlocanto.us", "xxolocanto.us", "xxqx3802.com", "xy9ce.tk", "xyzfree.net", "xzapmail.com", "xzsok.com", "y.bcb.ro", "y.email.ne.jp", "y59.jp", "y7mail.com", "ya.ru", "ya.yomail.info", "yada-yada.com", "yadavnaresh.com.np", "yaho.com", "yahoo.ca", "yahoo.cn", "yahoo.co.id", "yahoo.co.in", "yahoo.co.jp", "yahoo.co.kr", "yahoo.co.nz", "yahoo.co.th", "yahoo.co.uk", "yahoo.com", "yahoo.com.ar", "yahoo.com.asia", "yahoo.com.au", "yahoo.com.br", "yahoo.com.cn", "yahoo.com.es", "yahoo.com.hk", "yahoo.com.is", "yahoo.com.malaysia", "yahoo.com.mx", "yahoo.com.my", "yahoo.com.ph", "yahoo.com.ru", "yahoo.com.sg", "yahoo.com.tw", "yahoo.com.vn", "yahoo.de", "yahoo.dk", "yahoo.es", "yahoo.fr", "yahoo.gr", "yahoo.ie", "yahoo.in", "yahoo.it", "yahoo.jp", "yahoo.om", "yahoo.ro", "yahoo.ru", "yahoo.se", "yahoofs.com", "yahooproduct.net", "yalla.com", "yalla.com.lb", "yalook.com", "yam.com", "yandere.cu.cc", "yandex.com", "yandex.ru", "yanet.me", "yapost.com", "yapped.net", "yaqp.com", "yarnpedia.ga", "yasser.ru", "yawmail.com", "ybb.ne.jp", "ycare.de", "yclub.com", "ycn.ro", "ye.vc", "yeah.net", "yebox.com", "yedi.org", "yehaa.com", "yehey.com", "yellow.flu.cc", "yellow.igg.biz", "yemenmail.com", "yentzscholarship.xyz", "yep.it", "yepmail.net", "yeppee.net", "yertxenon.tk", "yesaccounts.net", "yesbox.net", "yevme.com", "ygm.com", "ygroupvideoarchive.com", "ygroupvideoarchive.net", "yhg.biz", "yifan.net", "yk20.com", "ymail.com", "ymail.net", "ymail.org", "ymail4.com", "ynmrealty.com", "ynnmail.com", "yodx.ro", "yogamaven.com", "yogotemail.com", "yomail.info", "yoo.ro", "yop.ze.cx", "yopmail.com", "yopmail.fr", "yopmail.gq", "yopmail.info", "yopmail.net", "yopmail.org", "yopmail.pp.ua", "yopolis.com", "yordanmail.cf", "yoru-dea.com", "you-spam.com", "you.e4ward.com", "youareadork.com", "youcankeepit.info", "yougotgoated.com", "youmail.ga", "youmailr.com", "youmails.online", "youneedmore.info", "youporn.flu.cc", "youporn.igg.biz", "youporn.usa.cc", "youpy.com", "your-house.com", "yourdomain.com", "yourewronghereswhy.com", "yourinbox.com", "yourlms.biz", "yourlover.net", "yourname.ddns.org", "yourname.freeservers.com", "yournightmare.com", "yours.com", "yourspamgoesto.space", "yourssincerely.com", "yoursubdomain.findhere.com", "yoursubdomain.zzn.com", "yourteacher.net", "yourtube.ml", "yourwap.com", "yourweb.email", "youvegotmail.net", "youzend.net", "ypmail.webarnak.fr.eu.org", "yroid.com", "yspend.com", "yugasandrika.com", "yui.it", "yuoia.com", "yuuhuu.net", "yuurok.com", "ywoe@mailed.ro", "yx.dns-cloud.net", "yx48bxdv.ga", "yxzx.net", "yy-h2.nut.cc", "yyhmail.com", "yyj295r31.com", "yyolf.net", "yytv.ddns.net", "z-o-e-v-a.ru", "z0d.eu", "z1p.biz", "z7az14m.com", "z86.ru", "za.com", "zahadum.com", "zahav.net.il", "zain.site", "zainmax.net", "zaktouni.fr", "zamge.com", "zane.rocks", "zarabotokdoma11.ru", "zasod.com", "zasve.info", "zavio.nl", "zaym-zaym.ru", "zchatz.ga", "zcities.com", "zdenka.net", "zdfpost.net", "zdnetmail.com", "ze.cx", "ze.gally.jp", "ze.tc", "zebins.com", "zebins.eu", "zebra.email", "zeeks.com", "zeepost.nl", "zehnminuten.de", "zehnminutenmail.de", "zensearch.net", "zep-hyr.com", "zepp.dk", "zeta-telecom.com", "zetmail.com", "zexeet9i5l49ocke.ga", "zfymail.com", "zhaowei.net", "zhcne.com", "zhorachu.com", "zhouemail.510520.org", "zik.dj", "zionweb.org", "zip.net", "zipido.com", "ziplink.net", "ziplip.com", "zipmail.com", "zipmail.com.br", "zipmax.com", "zipo1.gq", "zippiex.com", "zippymail.in", "zippymail.info", "zipsendtest.com", "zipzaps.de", "ziyap.com", "zlmsl0rkw0232hph.gq", "zmail.info.tm", "zmail.ru", "zoaxe.com", "zoemail.com", "zoemail.net", "zoemail.org", "zoetropes.org", "zoho.com", "zombie-hive.com", "zombo.flu.cc", "zombo.igg.biz", "zombo.nut.cc", "zomg.info", "zonnet.nl", "zoominternet.net", "zoqqa.com", "zoutlook.com", "zp.ua", "zsero.com", "zubee.com", "zumpul.com", "zuvio.com", "zuzzurello.com", "zwallet.com", "zxcv.com", "zxcvbnm.com", "zxcxc.com", "zybermail.com", "zydecofan.com", "zzi.us", "zzn.com", "zzom.co.uk", "zzom.co.uk0-mail.com"];

// src/core/recipients/personal-domains.ts
var providerSet;
function personalProviders() {
  providerSet ?? (providerSet = new Set(all_default.map((d) => d.toLowerCase())));
  return providerSet;
}

// src/core/recipients/public-mailbox.ts
var commonNames;
function commonFamilies() {
  if (commonNames === void 0) {
    const list = common_default;
    commonNames = list === null ? null : new Set(list.map((d) => (0, import_tldts2.getDomainWithoutSuffix)(d.toLowerCase()) ?? "").filter(Boolean));
  }
  return commonNames;
}
function isPublicMailbox(address) {
  const at = address.lastIndexOf("@");
  if (at < 0) return false;
  const host = address.slice(at + 1).toLowerCase().replace(/[>\s].*$/, "");
  const providers = personalProviders();
  const families = commonFamilies();
  for (const name of endings(host)) {
    if (!name.includes(".")) break;
    if (providers.has(name) && (families === null || families.has((0, import_tldts2.getDomainWithoutSuffix)(name) ?? ""))) return true;
  }
  return false;
}

// src/core/text/span-search.ts
function firstStartingAtOrAfter(spans, at) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/core/content/people/attachment-words.ts
var CASE_RECORD_WORDS = "referral|safety plan|child in need|cin plan|cp plan|chronology|case notes|case note|case summary|case file|cp minutes|child protection|=CP|=ICPC|=RCPC|icpc|rcpc|core group|=CIN|=LAC|=CLA|=EHA|=MARAC|marac|=LADO|lado|=DASH|dash|=TAF|=TAC|=PEP|=EHCP|strategy meeting|strategy discussion|strategy minutes|strategy notes|=s47|s47|section 47|assessment|body map|incident report|incident form|care plan|pathway plan|witness statement|position statement|court report|police report|contact notes|contact record|contact log|visit notes|home visit|discharge summary|birth plan|pre birth|reg 40|regulation 40|notification|cause for concern|concern form|welfare|return home interview|missing episode|=RHI|sar|=SAR|records|record of|health record|school record|medical report|case conference|conference report|social work report|minutes cp|risk assessment|risk management plan|safeguarding letter|letter before proceedings|=PLO|disclosure|consent form|police checks|checks|household|family".split("|");
var TEMPLATE_WORDS = /\b(?:templates?|blank|guidance|guide|guides|flyer|poster|leaflet|training|slides|presentation|newsletter|policy|procedure|procedures|toolkit|terms of reference|bulletin|timetable|programme|handbook|checklist|v\d+(?:\.\d+)*|version|example|sample|model|faqs?|briefing|webinar|course|dashboard|data|statistics|stats|annual report|audit|dates|schedule|calendar|rota|aggregate|session|sessions|tool|tools|papers|job description|person spec|jd|fte|trip|residential|outing|excursion|what's changed|changes|criteria|eligibility|advert|vacancy|recruitment|volunteers?|hub|summer|spring|autumn|winter|holiday|activities|performance|statement of purpose|specification|self[- ]assessment|standards|invite|invitation|flowchart|map of services|protocol|operating|directory|poster|annual|mid[- ]year|quarterly|year[- ]end|needs assessment|strategic|consultation|draft)\b|\b20\d\d[-/]\d\d\b(?![-/.]\d)/i;
var VERSIONED_FORM = /\bforms?\b[^.]*\b20\d\d\b|\b20\d\d\b[^.]*\bforms?\b/i;
var matcher3;
function caseRecordWords(text) {
  if (TEMPLATE_WORDS.test(text) || VERSIONED_FORM.test(text)) return [];
  matcher3 ?? (matcher3 = compilePhrases(CASE_RECORD_WORDS.map((w) => [w, true])));
  return matchPhrases(text, wordsOf(text), matcher3).map((m) => m.text);
}

// src/core/content/people/mention-cues.ts
var ADDRESSEE_WORDS = /* @__PURE__ */ new Set(["you", "your", "you're", "yours", "yourself", "you've", "you'll"]);
var WHERE_SOMEONE_IS = /^\s+(?:in (?:room|flat|bed|bedroom) \w+|at (?:number|no\.?|flat) \w+|(?:from|at|in) (?:the )?flats?\b|who (?:lives|is staying|stays)|(?:living|staying) (?:at|in)|from number|at \d+ [A-Z]|at (?:our|your|the) (?:[A-Z][a-z]+ ){1,3}(?:placement|home|house)\b)/;
var IN_YEAR_GROUP = /^\s+(?:(?:at|in) [^.,;]{0,40}?)?in (?:your|our|my|the) (?:Year|year|Y) ?\d{1,2}\b/;
var SURNAME_WORDS = new Set("ward|green|hill|park|lane|king|young|white|black|brown|west|north|south|day|house|church|bank|court|rose|page|little|long|summer|winter|grey|gray|marsh|field|wood|bishop|cook|baker|mason|fox|hunt|knight|price|hall|road|street|way".split("|"));
var YEAR_CODE_AFTER = /^,?\s+(?:(?:[Yy]|[Yy]r|[Yy]ear)\s?\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b)/;
var FULL_DATE_AFTER = /^\s+\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b/;
var FAMILY_SERVICES = new Set("hub|hubs|centre|centres|center|team|teams|service|services|support|worker|workers|group|groups|court|courts|law|network|partnership|programme|programmes|network".split("|"));
var FOR_RELATIONS = new Set("clinic|clinics|massage|group|groups|room|unit|bank|box|club|class|classes|session|sessions|friendly|weigh|yoga|sensory|rhyme|rhymes|signing|led|support|forum|network|show|food|formula".split("|"));
var PARTNER_THINGS = new Set("agency|agencies|organisation|organisations|organization|organizations|services|service|schools|school|providers|provider|boards|board|forum|networks|network|colleagues|training|assessment|assessments|support|group|groups|payments|allowance".split("|"));
var LABELLED = new Set(
  "paper|appendix|annex|annexe|option|plan|part|table|section|room|block|level|phase|stage|tier|grade|band|group|form|type|category|model|schedule|version|wing|zone|site|floor|gate|step|question|item|point|vitamin|hepatitis|class|unit|ward|bay|exhibit|figure|route|scenario|case|team|area|sheet|tab|column|row|box|list|page|priority|lot".split("|")
);
var HEADLINE_PRONOUN = /\b(?:he|she|him|her|his|he's|she's)\b/i;
var IDENTIFIER_WORD = /\b(?:dob|d\.o\.b|date of birth|nhs (?:no|number))\b/i;
var IS_AGE = /^\s+(?:only\s+|just\s+|now\s+)?\d{1,2}\b(?!\s*(?:%|[:.]\d|am\b|pm\b|minutes|mins|hours|hrs|days|weeks|miles|places|people|of\b|out\b|per\b|x\b))/i;
var BRACKET_ROLE = /^\s*\(\s*(?:our|my|a|the)\s+(?:young person|yp|child|pupil|student|resident|client|service user|foster child|looked after child)\b/i;
var CLASS_CODE = /^\s\d{1,2}[A-Z]\b/;
var AGE = /\b(?:aged?\s+\d{1,2}\b|age\s*:\s*\d{1,2}\s*(?:years?|yrs?|months?|mths?|weeks?)?\b(?!\s*(?:-|–|to\b|\+))|(?:he's|she's|he is|she is|who is|who's)\s+(?:only\s+|just\s+)?\d{1,2}\b(?![.,]\d)(?!\s*(?:%|kg|g\b|lb|minutes|mins|hours|days|weeks|am|pm|:))|\d{1,2}\s?(?:-\s?)?(?:years?|yrs?|months?|weeks?|mths?)(?:\s?-\s?|\s)old\b|\d{1,2}\s?(?:yo|y\/o|yrs)\b)/gi;
var BRACKET_AGE = /^\s*(?:\(\s*(?:\d{1,2}\s*(?:yrs?|years?|y)?|(?:year|yr|y)\s*\d{1,2}(?:\s*(?:and|&|,|\/)\s*(?:year|yr|y)?\s*\d{1,2})*|\d{1,2}[A-Z]{1,2}|dob[^)]*|d\.o\.b[^)]*|aged?\s*\d{1,2})\s*\)|,\s*\d{1,2}\s*(?:(?:months?|mths?|yrs?|years?|weeks?)(?:\s*old)?\s*)?(?:,|\.(?!\d)|$))/i;
var ORGANISATION_THINGS = new Set(
  "response|responses|policy|policies|team|teams|service|services|website|consultation|board|guidance|report|staff|offices|office|approach|view|position|settings|app|platform|members|annual|new|latest|own|training|strategy|procedures|plan".split("|")
);
var PLACE_PREPOSITIONS = /* @__PURE__ */ new Set(["in", "at", "from", "near", "around", "across", "into", "via", "towards", "outside", "within", "throughout"]);
var ORG_ENDINGS = new Set(
  "council|police|trust|hospital|school|academy|college|university|primary|secondary|junior|infant|nursery|centre|center|house|road|street|lane|avenue|close|way|drive|court|place|square|park|gardens|crescent|terrace|grove|hill|green|mews|estate|ward|unit|team|service|services|partnership|board|hub|surgery|practice|clinic|church|group|project|foundation|association|children's|health|circle|club|network|forum|collective|alliance".split("|")
);
var NOT_A_NAME_SHAPE = /^[a-z]{3,}ing$/;
var CASE_NUMBER = /\b(?:(?:conference|icpc|rcpc|core group|strategy (?:meeting|discussion)|review|referral|assessment|case)\s+(?:for|of|re|regarding|about|on)\s+(?:case\s+|child\s+|ref(?:erence)?\.?\s*)?(\d{6,10})\b(?![/.:]\d)|(?:hosp(?:ital)?|patient|mrn|unit)\s*(?:no\.?|number|num)?\s*:?\s*([A-Z]{0,2}\d{5,10})\b)/gi;
var IN_YEAR_AFTER = /^\s+in (?:Year|year|Yr|Y) ?\d{1,2}\b/;
var PARTY_WORDS = /* @__PURE__ */ new Set(["respondent", "applicant", "birth", "biological", "maternal", "paternal", "putative"]);
var GROUP_ENDINGS = /^(?:circle|club|network|forum|collective|alliance|group|project|foundation|association|partnership|hub|board|trust|council|academy|college|nursery|centre|clinic|surgery|charity|society|service|services)$/;
var HOME_ADDRESS = /\b(?:(?:flat|apartment|room) \d+[a-z]?,? )?\d{1,4}[a-z]? [A-Z][a-z]+ (?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Court|Gardens|Place|Grove|Terrace|Rise|Walk|Mews|Row|View|Park)\b|\b(?:flat|apartment) \d+[a-z]?,? [A-Z][a-z]+ (?:House|Court|Lodge|Tower|Heights|Point|Mansions)\b/i;

// src/core/content/people/attachments.ts
function attachmentText(name) {
  const bare = name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return bare.replace(/[_+]+/g, " ").replace(/\s+/g, " ").trim();
}

// src/core/content/people/life-information.ts
var LIFE_INFORMATION = [
  ...group2("contact and living arrangements", "b&b|bed and breakfast|all in one room|in one room|living at|lives at|still living at|still lives at|moved into|moved out of|sneaking out|sending her money|sending him money|asking her to meet|asking him to meet|talking to this man|talking to a man|messages on her|messages on his|placed by us|was placed|been placed|placed with|seen getting into|got into a|getting into a|get into a|smelled strongly of|smelt strongly of|new pair of trainers|refused to say|family time|spend time with|spending time with|supervised|unsupervised|contact with his|contact with her|contact with their|contact with dad|contact with mum|contact with the children|contact with the child|contact with him|contact with them|contact visit|contact visits|contact session|contact sessions|contact centre|contact arrangements|child arrangements|overnight stay|overnight stays|overnights|stay overnight|staying with|stays with|stayed with|living with|lives with|lived with|live with|moved in with|moved out|moving in|move in with|custody of|sofa surfing|kicked out|thrown out|not been home|hasn't been home|has not been home|hadn't been home|didn't come home|did not come home|not come home|not returned home|hasn't returned|has not returned|not returned|whereabouts|turned up at|turning up at|turns up at|school gate|handover|handovers|collected from school|collect him|collect her|picked up from school|pick him up|pick her up|no fixed abode|homeless|evicted|eviction|temporary accommodation|rent arrears|arrears|staying at|been staying|won't come home|will not come home|won't go back|turns up|if he turns up|if she turns up|driving past|drives past|drove past|her house|his house|their house|at weekends|every weekend|the kids|seen with|smelling of|smelt of|smelled of|contact worker|unsettled|where she lives|where he lives|where they live|found out where|sitting outside|outside the house|outside her house|outside his house|goes past|go past|kids|play out|controlling|wouldn't let her|won't let her|wouldn't let him|won't let him|wants him back|wants her back|=EDD|edd|pre birth|hanging around with|hanging around|coming home|older lads|associating with|out late|late at night|stayed out|staying out|came home|come home|went out|left the house|not back|still not back|late back|lives on|living on|lives in|living in|got back at|wouldn't say where|would not say where|semi independent|new placement|change of placement|placement move|moving placement|got a lift|a lift back|wouldn't say who|would not say who|missing|missing since|whereabouts unknown|picked up by|pick up|school run|new phone|new clothes|new trainers|money from|older boys|older men|older males|his phone|her phone|social media|snapchat|instagram|tiktok|moved house|new address|lives at|living at|is staying|are staying|staying there|grandparents' house|dad's house|mum's house|dad's flat|mum's flat|looked after by|placed with|foster home|children's home|respite"),
  ...group2("fears, feelings and behaviour", "about shouting|shouting and|hard night|in his pyjamas|in her pyjamas|doesn't want to be seen|does not want to be seen|scared|frightened|terrified|afraid|fearful|fears for|in fear|fear of|petrified|distressed|distress|tearful|crying|cried|in tears|withdrawn|angry outbursts|outbursts|aggressive|aggression|kicking off|kicked off|lashing out|running away|ran away|ran off|run away|absconded|absconding|refusing to|refused to|won't eat|not eating|isn't eating|not sleeping|nightmares|wetting the bed|bed wetting|bedwetting|soiling|shouting at|shouted at|screaming at|screamed at|swore at|threatening|threatened|intimidated|followed her|followed him|following her|watching the house|won't leave her alone|jealous|checks her phone|took her phone|took his phone|isolated from|low in mood|not himself|not herself|upset|anxious|worried about him|worried about her|worried about them|worried for|worries about|struggling to cope|not coping|can't cope|cannot cope|overwhelmed|worried|worrying|sad|lonely|quiet|bullied|bullying|fell out|falling out|hates me|hate me|hurting|sobbing|panicking|panic|low|feeling low|getting on|settled|settling in|laughed it off"),
  ...group2("alcohol and drugs", "drinking|drunk|intoxicated|under the influence|smelled of alcohol|smelt of alcohol|smelled of cannabis|smelt of cannabis|smell of cannabis|using drugs|taking drugs|drug dealing|dealing drugs|weed|vaping"),
  ...group2("police and courts", "name has come up|name came up|come up in an enquiry|came up in an enquiry|part of an enquiry|police enquiry|police enquiries|police investigation|under investigation|domestic incident|domestic incidents|referral order|referral order panel|youth offending|court stuff|police came out|police came round|police came to|were called to|called to the family home|called to the house|called to the address|clare's law|sarah's law|private law proceedings|care proceedings|proceedings concerning|police call-out|police call out|police callout|a tag|wearing a tag|electronic tag|be home by|has to be home|arrested|charged with|on bail|bail conditions|bailed|released under investigation|remanded|in custody|police were called|police attended|officers attended|police called|called the police|called police|rang the police|cautioned|convicted|conviction|convictions|sentenced|in prison|released from prison|release from prison|court date|court hearing|final hearing|next hearing|hearing on|offence|offences|offending|crime reference|crime number|crime ref|stolen|shoplifting|knife|weapon|tagged|curfew|restraining order|injunction|bail address|licence conditions|recall to prison|recalled|police station|police custody"),
  ...group2("health and care", "open to us|open to camhs|still open to|being seen by|seen by camhs|next appt|appt|appts|skeletal survey|ct report|ct scan|x-ray|xray|mri scan|radiology report|scan report|discharged from the ward|discharge letter|his sleep|her sleep|growth scan|dating scan|your scan|measuring small|fetal medicine|foetal|antenatal|nosebleed|nosebleeds|nose bleed|nose bleeds|on his line|on her line|weaning|low mood|low days|talking therapies|taking food|hoarded food|hoarding food|hoarding|enough to eat|getting enough|swollen|x-rayed|x-ray|first aid|ice pack|accident book|sprained|fracture|fractured|broken wrist|broken arm|adaptation|adaptations|disabled facilities grant|bath lift|hoist|wheelchair|lifting her|lifting him|not well|isn't well|wasn't well|wet the bed|wets the bed|in bits|no one answered|nobody answered|no one answers|nobody answers|no one answering|nobody answering|week check|month check|year check|imms|jabs|no answer at the door|no access visit|cancelled again|missed the visit|red book|speech assessment|year review|development review|underweight|under weight|poorly|unwell|been ill|is ill|was ill|in hospital|to hospital|weight|weighed|weighs|centile|centiles|feeding|feeds|breastfeeding|breast feeding|bottle fed|bottle feeding|gaining weight|lost weight|weight loss|was not brought|not brought|=WNB|DNA'd|dna|missed appointments|missed appointment|missed his|missed her|immunisations|vaccinations|rash|teeth|dental|tooth decay|nappy|nappies|hygiene|smelly|dirty|hungry|no food|food bank|not fed|due date|newborn|co sleeping|sleeping arrangements|sleeps in|cot|admitted|discharged|injection|blood test|toileting|potty|appointment|appointments|check|birth partner|onto the ward|on the ward|weeks pregnant|week appointment|triage|feeling|been feeling|sleeping"),
  ...group2("school and education", "was in school|in school on|what time he left|what time she left|been to school|without telling staff|without telling anyone|came back at|came back late|came to us|came into care|ehcp|ehc plan|ehcp review|sen support|send support|school move|moving school|change of school|new school|managed move|start date|review for the girls|review for the boys|review for the children|looked after review|get in to school|get into school|getting into school|getting in to school|not in since|not been in since|hasn't been in|has not been in|not in today|marked absent|out of school|starting later|not been in school|not in school|hasn't been in school|has not been in school|off school|missing school|absent|absence|absences|attendance has|attendance is|his attendance|her attendance|their attendance|excluded|exclusion|suspended|suspension|reduced timetable|part time timetable|late every|truanting|truancy|home educated|elective home education|off rolled|detention|detentions|behaviour at school|his behaviour|her behaviour|their behaviour|behaviour has|behaviour is|free school meals|attendance|going to college|going to school|go to school|gone to school|form group|form tutor|his review|her review|review meeting|his school|her school|their school"),
  ...group2("services involved", "initial conference|review conference|protection conference for|cp conference for|icpc for|rcpc for|core group for|strategy meeting for|strategy discussion for|his child protection plan|her child protection plan|their child protection plan|his cp plan|her cp plan|their cp plan|her social worker|his social worker|their social worker|her sw|his sw|her key worker|his key worker|her keyworker|his keyworker|her probation officer|his probation officer|her case worker|his case worker|her caseworker|his caseworker|her youth worker|his youth worker"),
  ...group2("identifiers", "dob|d.o.b|date of birth|nhs number|nhs no"),
  ...group2("what they said", "told staff|told the teacher|told his teacher|told her teacher|told a teacher|told school|told the school|told police|told the police|told officers|told the nurse|told the health visitor|told the social worker|confided|asked me not to tell|wants to live|doesn't want to go home|does not want to go home|didn't want to go home|doesn't want to see|does not want to see|didn't want to see|won't go home|doesn't feel safe|does not feel safe|didn't feel safe|feel safe at home|feels safe|wishes and feelings|in her words|in his words"),
  ...group2("family circumstances", "asking for money|asked for money|asking me for money|borrow off|borrowed off|can't afford|cant afford|cannot afford|can't stretch|cant stretch|picked on|being bullied|been bullied|bullying her|bullying him|had a row|having a row|isolated|struggling with money|skipping meals|skipped meals|no family nearby|no family local|landlord|rent team|payment plan|council tax|leaving care|setting up home|hostel|job centre|jobcentre|housing benefit|new flat|since the move|bailiffs|false name|home visit|home visits|visit notes|split up|separated|separation|divorce|divorced|new partner|new boyfriend|new girlfriend|ex partner|estranged|bereaved|bereavement|passed away|died|death of|deployed|posted overseas|serving abroad|universal credit|debt|debts|money problems|no money|no heating|no electricity|no gas|overcrowded|damp|mould|immigration status|no recourse to public funds|asylum|deported|unemployed|lost his job|lost her job|caring for|young carer|relationship breakdown|arguments|arguing|fighting|pregnant again|new baby|on benefits|gave birth|get hold of him|get hold of her|home conditions|state of the house|the house was|the flat was|the home was")
];
function group2(about, phrases) {
  return phrases.split("|").map((p) => [p, about]);
}
var NOT_LIFE_INFORMATION = "my absence|in my absence|during my absence|your absence|in her absence|in his absence|in their absence|off sick|sick leave|annual leave|on leave|study leave|absence line|staff absence|weight of evidence|the weight of|carry weight|carries weight|mental health first aid|supervised by|supervision|wants to|upset the|upset anyone|sorry to upset|absent from the meeting|missing the|missing out|missing from the meeting|missing information|missing data|missing documents|missing paperwork|missing forms|missing returns|missing link|check in|check out|check the|check with|check your|check my|check our|check if|check whether|please check|double check|quick check|feeling is|court skills training|court room|low cost|low numbers|low attendance|attendance list|attendance register|attendance at the|getting on with|appointment of|appointment letter|panic button|quiet room|quiet space|settled on|pick up the|pick up on|pick up any|pick up with|the kids zone|absent from work|temperature in the room|the room temperature".split("|");

// src/core/content/people/person-words.ts
var RELATIONS = new Set(
  "mum|mummy|mother|mam|mom|dad|daddy|father|stepdad|step-dad|stepfather|step-father|stepmum|step-mum|stepmother|step-mother|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparent|grandparents|baby|brother|brothers|sister|sisters|half-brother|half-sister|stepbrother|stepsister|sibling|siblings|son|daughter|stepson|stepdaughter|aunt|auntie|aunty|uncle|cousin|niece|nephew|partner|boyfriend|girlfriend|husband|wife|ex|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|fiance|fianc\xE9|fiancee|children|kids|child|twins|toddler|infant|newborn|carer|guardian".split("|")
);
var RELATIONS_AS_NAMES = new Set("mum|mummy|mam|mom|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa".split("|"));
var POSSESSIVE_ONLY = /* @__PURE__ */ new Set(["partner", "carer", "guardian", "children", "kids", "child", "ex"]);
var POSSESSIVES = /* @__PURE__ */ new Set(["her", "his", "their", "your", "the", "paternal", "maternal"]);
var RELATION_ADJECTIVES = /* @__PURE__ */ new Set(["older", "younger", "eldest", "youngest", "new", "little", "big", "baby", "twin", "two", "three", "four", "other"]);
var OWN_POSSESSIVES = /* @__PURE__ */ new Set(["my", "our", "a", "an", "any", "every", "each", "no", "per", "one", "this", "that"]);
var PRONOUNS = /* @__PURE__ */ new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);
var REFERENCES = /* @__PURE__ */ new Set(["child", "young person", "yp", "family", "parents", "pupil", "student", "girl", "boy", "victim", "suspect", "mother", "father", "baby", "children", "siblings", "household", "patient", "client", "service user", "young man", "young woman", "teenager", "learner", "woman", "man", "lady", "lad", "resident", "tenant", "little one", "eldest", "youngest"]);
var PERSON_TITLES = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "miss", "mx", "master"]);
var PROFESSIONAL_TITLES = new Set(
  "dr|doctor|pc|dc|ds|di|dci|dsi|sgt|sergeant|insp|inspector|det|detective|constable|officer|cllr|councillor|prof|professor|rev|revd|reverend|sister|nurse|judge|hhj|dj".split("|")
);
var ROLE_WORDS = new Set(
  "manager|worker|officer|lead|leads|coordinator|co-ordinator|nurse|visitor|teacher|head|headteacher|head-teacher|dsl|lado|deputy|senco|practitioner|idva|isva|consultant|chair|advisor|adviser|director|administrator|admin|assistant|clinician|therapist|psychologist|paediatrician|gp|midwife|officer|detective|constable|sergeant|inspector|trainer|facilitator|speaker|presenter|colleague|colleagues|team|service|solicitor|barrister|guardian|iro|mentor|keyworker|key|supervisor|principal|governor|clerk|secretary|receptionist|analyst|researcher|partner|partners|designated|named|safeguarding|social|support|early|senior|interim|acting".split("|")
);
var PERSON_VERBS = new Set(
  "said|says|told|tells|disclosed|discloses|reported|reports|explained|stated|mentioned|shared|admitted|denied|alleged|claimed|claims|is|was|has|had|hasn't|hadn't|isn't|wasn't|will|won't|would|wouldn't|can|can't|could|couldn't|did|didn't|does|doesn't|needs|attended|attends|lives|lived|stays|stayed|went|goes|came|comes|left|leaves|arrived|returned|ran|cried|became|got|gets|seems|seemed|appeared|appears|looked|looks|felt|feels|wants|wanted|refused|refuses|missed|misses|presented|moved|started|stopped|continues|continued|remains|remained|hasnt|hadnt|isnt|wasnt|wont|cant|didnt|doesnt|herself|himself|seemed|wasn't|weren't|lost|gained|became|turned|turns|keeps|kept|hit|hits|pushed|grabbed|shouted|screamed|threatened|slapped|kicked|punched|spoke|speaks|talked|talks|asked|asks|answered|visited|saw|sees|met|rang|called|phoned|texted|messaged|arrives|sleeps|slept|eats|ate|drinks|drank|uses|used|smokes|smoked|wets|wet|self-harms|absconded|disappeared|ran|laughed|explained|stated|claimed|mentioned|weighed|weighs|gave|gives|loves|likes|hates|took|takes|swore|lied|walked|showed|broke|stole|hid|hides|begged|screams|shouts".split("|")
);
var NOT_NAMES = new Set(
  "is|are|was|were|do|does|did|has|have|had|oh|ah|hmm|wow|yay|ooh|aw|tool|tools|while|whilst|once|until|after|before|since|because|although|unless|though|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|paper|papers|agency|agencies|traveller|travellers|gypsy|roma|refugee|refugees|migrant|migrants|unaccompanied|disabled|deaf|autistic|mixed|provide|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|eid|diwali|ramadan|hanukkah|today|tomorrow|yesterday|morning|afternoon|evening|thanks|thank|please|regards|hello|hi|dear|hey|yes|no|ok|okay|sorry|many|kind|best|council|county|borough|city|district|police|constabulary|nhs|trust|hospital|school|academy|college|university|primary|secondary|junior|infant|nursery|centre|center|house|road|street|lane|avenue|close|way|drive|court|place|square|park|gardens|crescent|terrace|grove|hill|green|mews|estate|ward|unit|team|service|services|department|directorate|partnership|board|office|hub|mash|front|door|teams|zoom|outlook|microsoft|word|excel|sharepoint|onedrive|england|wales|scotland|britain|uk|london|local|authority|children's|childrens|social|care|health|safeguarding|education|family|families|early|help|youth|justice|probation|housing|association|foundation|charity|group|network|forum|conference|training|course|project|programme|monday's|friday's|today's|tomorrow's|yesterday's|st|saint|church|mosque|temple|gurdwara|synagogue|surgery|practice|clinic|medical|general|royal|queen|king|princess|prince|county's|council's|i|i'm|i've|i'll|i'd|we|we're|we've|you|you're|they|it|this|that|the|re|fw|fwd|mr|mrs|ms|miss|mx|dr|pc|dc|ds|sgt|cc|bcc|subject|sent|date|attachments|attached|agenda|minutes|action|actions|update|urgent|important|reminder|invitation|invite|meeting|call|notes|confidential|official|sensitive|official-sensitive|secure|private|personal|data|protection|gdpr|level|year|term|week|day|month|module|session|section|appendix|annex|version|draft|final|north|south|east|west|central|herts|hertfordshire|essex|kent|surrey|leeds|manchester|birmingham|bristol|hmp|hmyoi|cafcass|ofsted|barnardo's|nspcc|refuge|women's|aid|samaritans|childline|mind|relate|english|british|polish|romanian|muslim|christian|catholic|jewish|hindu|sikh|asian|black|white|irish|let's|covid|covid-19|coronavirus|brexit|universal|credit|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|handbook|checklist|toolkit|guidance|bank|holiday|orders|order|job|jobs|prevent|missing|report|remove|law|act|scheme|awareness|strategy|plan|plans|panel|review|reviews|audit|standards|framework|protocol|pathway|adultification|cyberstalking|stalking|exploitation|abuse|neglect|harm|risk|risks|identification|assessment|webinar|workshop|seminar|summit|briefing|bulletin|newsletter|news|operation|op|young|people|people's|adults|adult|children|child|parents|carers|victims|survivors|women|men|boys|girls|students|pupils|staff|professionals|partners|agencies|leads|colleagues|everyone|team's|annual|quarterly|monthly|weekly|daily|new|next|last|first|second|third|interim|spring|summer|autumn|winter|if|as|at|in|on|of|to|for|with|from|by|and|but|or|so|a|an|all|any|some|our|my|your|their|its|his|her|he|she|him|them|us|me|also|just|can|could|would|should|will|shall|might|must|what|when|where|which|who|why|how|these|those|there|here|note|page|item|option|table|part|band|grade|scale|tier|stage|phase|type|category|zone|room|block|floor|bay|wing|gate|plan|route|line|bus|saw|met|spoke|visited|called|rang|told|asked|said|safe|safer|safety|criminal|whatsapp|tiktok|snapchat|instagram|facebook|youtube|roblox|fortnite|discord|google|apple|amazon|netflix|letter|file|summary|notes|form|forms".split("|")
);

// src/core/content/people/person-mentions.ts
function prepareText(text) {
  const tokens = [];
  const ages = [];
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length;
  const n = text.length;
  let i = 0;
  const age = new RegExp(AGE.source, AGE.flags);
  let agesTo = 0;
  const readTo = (offset) => {
    while (i < n && i < offset) {
      if (!isTokenLetter(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          const start2 = i;
          while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
          const raw2 = text.slice(start2, i);
          tokens.push({ start: start2, end: i, text: raw2, lower: raw2, capitalised: false, base: raw2 });
        } else i++;
        continue;
      }
      const start = i;
      let curly = false;
      for (; ; ) {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (isTokenLetter(c) || c === 39) i++;
          else if (c === 8217) {
            curly = true;
            i++;
          } else break;
        }
        if (i + 1 < n && text.charCodeAt(i) === 45 && isTokenLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
      let raw = text.slice(start, i);
      let lower = aligned ? lowered.slice(start, i) : raw.toLowerCase();
      if (curly) {
        raw = raw.replace(/\u2019/g, "'");
        lower = lower.replace(/\u2019/g, "'");
      }
      tokens.push({ start, end: i, text: raw, lower, capitalised: isCapitalised(raw), base: base(lower) });
    }
    if (agesTo >= offset) return;
    const from = agesTo;
    const upTo = Math.min(n, offset + AGE_REACH);
    const part = text.slice(from, upTo);
    age.lastIndex = 0;
    for (let m = age.exec(part); m !== null; m = age.exec(part)) {
      const start = from + m.index;
      if (start >= offset) break;
      if (start + m[0].length >= upTo && upTo < n) break;
      ages.push({ start, end: start + m[0].length, text: m[0] });
      agesTo = start + m[0].length;
    }
    agesTo = Math.max(agesTo, Math.min(offset, upTo - AGE_REACH));
  };
  return { text, tokens, ages, readTo };
}
var AGE_REACH = 40;
function isDigitCode(c) {
  return c >= 48 && c <= 57;
}
function isTokenLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 192 && c <= 591 && c !== 215 && c !== 247;
}
function isCapitalised(raw) {
  const first = raw.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (raw.length === 1) return true;
  let capitals2 = 0;
  let lower = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals2++;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (capitals2 > 2 || !lower) return false;
  if (capitals2 === 1) return true;
  return /^(?:Mc|Mac|O'|D'|De|Da|Di|Du|La|Le|Van|Von)[A-Z][a-z]/.test(raw) || /^[A-Z][a-z'’]*-[A-Z]/.test(raw);
}
function agesIn(prepared, span) {
  prepared.readTo(span.end);
  const ages = prepared.ages;
  const out = [];
  for (let k = firstStartingAtOrAfter(ages, span.start); k < ages.length && ages[k].start < span.end; k++) if (ages[k].end <= span.end) out.push(ages[k]);
  return out;
}
function tokensOf(prepared, span) {
  prepared.readTo(span.end);
  const tokens = prepared.tokens;
  const lo = firstStartingAtOrAfter(tokens, span.start);
  let end = lo;
  while (end < tokens.length && tokens[end].end <= span.end) end++;
  return tokens.slice(lo, end);
}
function base(lower) {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") ? lower.slice(0, -1) : lower;
}
function findPersonMentions(text, span, context, prepared = prepareText(text)) {
  const tokens = tokensOf(prepared, span);
  const out = [];
  let titleCased;
  const isTitle = () => titleCased ?? (titleCased = isTitleCased(tokens));
  const push = (from, to, kind, weight, tells) => {
    const m = { start: from.start, end: to.end, text: text.slice(from.start, to.end), kind, weight };
    if (tells) m.tells = tells;
    out.push(m);
  };
  const described = (from, to) => {
    const after = text.slice(to.end, to.end + 80);
    if (BRACKET_AGE.test(after.slice(0, 32))) push(from, to, "reference", 2, "age");
    else push(from, to, "reference", WHERE_SOMEONE_IS.test(after.slice(0, 40)) || !/(?:ren|s)$/.test(to.lower) && IN_YEAR_GROUP.test(after) ? 2 : 1);
  };
  let lastName = -2;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!t.capitalised && t.text.length !== 1 && !(mayHold(LOOKED_FOR_SIEVE, t.lower) && LOOKED_FOR.has(t.lower))) continue;
    const b = t.base;
    if (PERSON_TITLES.has(b) && t.capitalised && next?.capitalised && !NOT_NAMES.has(next.base)) {
      if (!isProfessional(tokens, i, i + 1, context, text)) push(t, next, "title-name", 2);
      i++;
      continue;
    }
    if (PROFESSIONAL_TITLES.has(b) && t.capitalised && next?.capitalised) {
      i = lastOfName(tokens, i + 1);
      continue;
    }
    if (t.capitalised && next?.capitalised && prev?.lower === "the" && !PERSON_VERBS.has(next.lower)) continue;
    if (RELATIONS.has(b) || RELATIONS.has(t.lower)) {
      const before = prev ? prev.base : "";
      const ownedByName = prev !== void 0 && prev.capitalised && prev.lower.endsWith("'s") && !OWN_POSSESSIVES.has(before) && !NOT_NAMES.has(before);
      if (prev && OWN_POSSESSIVES.has(prev.lower)) continue;
      if (next && !next.capitalised && PARTNER_THINGS.has(next.lower)) continue;
      const owned = prev !== void 0 && (before === "her" || before === "his" || before === "their" && !POSSESSIVE_ONLY.has(b) && !/(?:ren|s)$/.test(b) || before === "your" && context.addressee === true && !POSSESSIVE_ONLY.has(b) && !/(?:ren|s)$/.test(b));
      if (POSSESSIVE_ONLY.has(b)) {
        const owner2 = tokens[i - 2];
        if (before === "their" && !ownedByName) push(prev, t, "reference", 1);
        else if (owned || ownedByName) push(prev, t, "relation", 2, "family relationships");
        else if (prev && RELATION_ADJECTIVES.has(prev.lower) && owner2 && (owner2.base === "her" || owner2.base === "his")) push(owner2, t, "relation", 2, "family relationships");
        else if (prev && before === "the" && (b === "child" || b === "children")) push(prev, t, "reference", 1);
        continue;
      }
      if (next && !next.capitalised && FOR_RELATIONS.has(next.lower)) continue;
      if (prev && (POSSESSIVES.has(before) || ownedByName)) {
        push(prev, t, "relation", 2, owned || ownedByName ? "family relationships" : void 0);
        continue;
      }
      const owner = tokens[i - 2];
      if (prev && RELATION_ADJECTIVES.has(prev.lower) && owner && (POSSESSIVES.has(owner.base) || owner.capitalised && owner.lower.endsWith("'s"))) {
        push(owner, t, "relation", 2, owner.base === "the" || owner.base === "your" ? void 0 : "family relationships");
        continue;
      }
      if (RELATIONS_AS_NAMES.has(b) && !(next && /^(?:and|&)$/.test(next.lower) && tokens[i + 2] && /s$/.test(tokens[i + 2].lower))) {
        const home = t.lower.endsWith("'s") && prev !== void 0 && /^(?:at|to|from)$/.test(prev.lower) && !(next !== void 0 && !next.capitalised && !/^(?:from|for|on|until|till|tonight|tomorrow|this|last|next|since|again|and|or|now)$/.test(next.lower));
        const acting = next !== void 0 && (PERSON_VERBS.has(next.lower) || next.lower === "has" || next.lower === "is");
        push(t, t, "relation", 2, home ? "where they live" : acting ? "family relationships" : void 0);
        continue;
      }
      const afterBaby = tokens[i + 2];
      if (b === "baby" && next?.capitalised && !NOT_NAMES.has(next.base) && (!t.capitalised || next.text.length === 1 || next.lower.endsWith("'s") || afterBaby !== void 0 && (PERSON_VERBS.has(afterBaby.lower) || afterBaby.capitalised && !NOT_NAMES.has(afterBaby.base)))) {
        push(t, next, "relation", 2);
        i++;
      }
      continue;
    }
    if (prev && (prev.base === "the" || prev.base === "this") && REFERENCES.has(b)) {
      described(prev, t);
      continue;
    }
    if (prev && PARTY_WORDS.has(prev.lower) && tokens[i - 2]?.base === "the" && /^(?:mother|father|mum|dad|parent|parents|grandmother|grandfather)$/.test(b)) {
      push(tokens[i - 2], t, "reference", 1);
      continue;
    }
    if (prev && (prev.base === "the" || prev.base === "this") && next && REFERENCES.has(`${b} ${next.base}`)) {
      described(prev, next);
      i++;
      continue;
    }
    if (prev && (prev.lower === "a" || prev.lower === "an") && /^(?:teacher|pupil|student|child|girl|boy|parent|carer|woman|man|staff)$/.test(b)) {
      push(prev, t, "reference", 1);
      continue;
    }
    if (t.text === "YP" || t.text === "YP's") {
      push(t, t, "reference", 2);
      continue;
    }
    if (context.addressee && ADDRESSEE_WORDS.has(t.lower)) {
      push(t, t, "pronoun", 1);
      continue;
    }
    if (PRONOUNS.has(t.lower) || PRONOUNS.has(b)) {
      if (next && RELATIONS.has(next.base)) continue;
      push(t, t, "pronoun", 1);
      continue;
    }
    if (t.text.length === 1 && /^[b-hj-tvwyz]$/.test(t.text) && next && (STRONG_PERSON_VERBS.has(next.lower) || /^(?:was|is|has|had|wasn't|isn't|hasn't|wasnt|isnt|hasnt)$/.test(next.lower)) && next.start === t.end + 1) {
      if (!prev || prev.end + 1 < t.start || !/^[a-z]$/.test(prev.text)) push(t, t, "initials", 2);
      continue;
    }
    const initials = initialsAt(text, tokens, i, context.titleCase === true);
    if (initials && initials.next === i + 1 && /^[.)]/.test(text.charAt(t.end)) && next?.capitalised && !PERSON_VERBS.has(next.lower)) {
      const lineStart = Math.max(span.start, text.lastIndexOf("\n", t.start - 1) + 1);
      if (/^[\s•*(-]*$/.test(text.slice(lineStart, t.start))) continue;
    }
    if (initials) {
      const after = tokens[initials.next];
      const adjacent = after !== void 0 && /^\s?$/.test(text.slice(initials.end, after.start));
      const inPlace = adjacent && PERSON_VERBS.has(after.lower);
      const possessive2 = /^'s\b/.test(text.slice(initials.end, initials.end + 3));
      const dotted = initials.dots;
      const beforeSurname = adjacent && after.capitalised && !NOT_NAMES.has(after.base) && after.text.length > 1;
      const label = prev !== void 0 && LABELLED.has(prev.lower) && prev.end + 1 === t.start;
      const aged = (dotted || /^\s?\(/.test(text.slice(initials.end, initials.end + 2))) && BRACKET_AGE.test(text.slice(initials.end, initials.end + 32));
      if (!label && (inPlace || possessive2 || dotted && (context.titleCase || inPlace) || beforeSurname || aged)) {
        const last2 = beforeSurname ? after : tokens[initials.next - 1];
        if (!isProfessional(tokens, i, beforeSurname ? initials.next : initials.next - 1, context, text)) {
          const mention = { start: t.start, end: beforeSurname ? last2.end : initials.end, text: text.slice(t.start, beforeSurname ? last2.end : initials.end), kind: "initials", weight: 2 };
          if (aged) mention.tells = "age";
          out.push(mention);
        }
        i = beforeSurname ? initials.next : initials.next - 1;
        continue;
      }
    }
    if (!t.capitalised || t.text.length < 2 || NOT_NAMES.has(b) || NOT_NAMES.has(t.lower) || NOT_A_NAME_SHAPE.test(b) || ROLE_WORDS.has(b) && b !== "guardian" || b.endsWith("s") && RELATIONS.has(b.slice(0, -1))) continue;
    const pupil = next !== void 0 && next.capitalised && next.text.length > 1 && (!NOT_NAMES.has(next.base) || SURNAME_WORDS.has(next.base)) && next.start === t.end + 1 && YEAR_CODE_AFTER.test(text.slice(next.end, next.end + 10));
    if (pupil && !(prev && (PLACE_PREPOSITIONS.has(prev.lower) || prev.lower === "the")) && !isProfessional(tokens, i, i + 1, context, text)) {
      push(t, next, "name", 2);
      lastName = i + 1;
      i++;
      continue;
    }
    const end = lastOfName(tokens, i);
    const last = tokens[end];
    const following = tokens[end + 1];
    if (following && NOT_NAMES.has(following.base) && following.capitalised && ORG_ENDINGS.has(following.base)) {
      i = end + 1;
      continue;
    }
    if (end > i && GROUP_ENDINGS.test(last.lower)) {
      i = end;
      continue;
    }
    if (b.includes("-") && b.split("-").some((part) => NOT_NAMES.has(part) || part.length < 2)) {
      i = end;
      continue;
    }
    const atStart = i === 0 || /[:;(]\s*$/.test(text.slice(Math.max(span.start, t.start - 3), t.start));
    const possessive = last.lower.endsWith("'s") && !(following?.capitalised && (NOT_NAMES.has(following.base) || !RELATIONS.has(following.base))) && !(following !== void 0 && ORGANISATION_THINGS.has(following.lower));
    const beforeVerb = following !== void 0 && PERSON_VERBS.has(following.lower);
    const beforeStrongVerb = following !== void 0 && STRONG_PERSON_VERBS.has(following.lower);
    const bracketAge = BRACKET_AGE.test(text.slice(last.end, last.end + 32)) || BRACKET_ROLE.test(text.slice(last.end, last.end + 30)) || CLASS_CODE.test(text.slice(last.end, last.end + 5)) && (end > i || !prev?.capitalised);
    const afterRelation = prev !== void 0 && !prev.capitalised && (RELATIONS.has(prev.base) || /^(?:named|called|pupil|child|baby|son|daughter|visited|saw|seen|met|meet|see|visit|collected|supporting|supported|helped|asked|tell|told|telling|reassure|reassured|remind|collect|pick|concerning)$/.test(prev.lower) || // "Weekly update on Jess:", "worried about Kayden".
    /^(?:on|about|re|regarding)$/.test(prev.lower) && /^(?:update|updates|news|concern|concerns|worried|worries|worry|information|notes)$/.test(tokens[i - 2]?.lower ?? "") || /^(?:to|with)$/.test(prev.lower) && /^(?:spoke|spoken|talked|talking|speaking|spoke|met|meeting|sat|worked|working|anything|something|nothing|say|said|explain|explained|mention|mentioned|session|sessions|visit|appointment|chat|phone|call)$/.test(tokens[i - 2]?.lower ?? ""));
    const afterInitial = tokens[end + 2];
    const surnameInitial = following !== void 0 && end === i && !/\d/.test(text.charAt(following.end)) && (/^[B-HJ-Z]$/.test(following.text) || /^[AI]$/.test(following.text) && context.titleCase === true && !(afterInitial !== void 0 && /^[a-z]/.test(afterInitial.text)));
    const headline = context.titleCase === true || isTitle();
    const sentenceCaseHeadline = context.titleCase === true && !isTitle();
    const afterFamily = tokens[end + 2];
    const family = following !== void 0 && text.slice(last.end, following.start) === " " && // In a Title Case subject only "Family" or "Household" ("Vacancy: Children and Young People's IDVA");
    // written in lower case, as in a sentence, any of them ("The Mitchell children - collection").
    (!following.capitalised ? /^(?:family|children|household|siblings|twins|boys|girls|brothers|sisters)$/ : headline ? /^(?:family|household)$/ : /^$/).test(following.lower) && !(afterFamily !== void 0 && FAMILY_SERVICES.has(afterFamily.base));
    const ageAfter = following !== void 0 && /^(?:is|was|turns|turned)$/.test(following.lower) && IS_AGE.test(text.slice(following.end, following.end + 16));
    const paired = prev !== void 0 && (prev.lower === "and" || prev.lower === "&") && lastName === i - 2;
    const bracketed = prev !== void 0 && RELATIONS.has(prev.base) && text.slice(prev.end, t.start).trim() === "(";
    const doubleName = end === i && /^[A-Z][a-z]+-[A-Z][a-z]+(?:'s)?$/.test(t.text) && !prev?.capitalised && !b.split("-").some((part) => NOT_NAMES.has(part));
    let isName;
    const ownPart = sentenceCaseHeadline && end > i && standsAlone(text, span, t.start, last.end);
    const identified = headline && end > i && !IDENTIFIER_WORD.test(t.text) && IDENTIFIER_WORD.test(text.slice(span.start, span.end));
    const pluralFamily = headline && prev !== void 0 && prev.lower === "the" && end === i && /[^s']s$/.test(t.text) && standsAlone(text, span, prev.start, t.end);
    if (pluralFamily) {
      push(prev, t, "name", 2);
      continue;
    }
    const lonePart = sentenceCaseHeadline && end === i && standsAlone(text, span, t.start, t.end) && HEADLINE_PRONOUN.test(text.slice(span.start, span.end));
    const subjectWord = atStart && end === i && context.subjectParts?.has(b) === true && !NOT_NAMES.has(b);
    if (headline) isName = family || bracketAge || surnameInitial || ownPart || identified || lonePart || subjectWord || possessive && (!atStart || following !== void 0 && !following.capitalised);
    else if (atStart) isName = bracketAge || family || surnameInitial || beforeStrongVerb || ageAfter || bracketed || doubleName || possessive && !following?.capitalised || end === i && context.subjectParts?.has(b) === true && !NOT_NAMES.has(b);
    else isName = possessive || beforeVerb || bracketAge || afterRelation || family || surnameInitial || ageAfter || paired || bracketed || doubleName || IN_YEAR_AFTER.test(text.slice(last.end, last.end + 12));
    if (isName && prev && PLACE_PREPOSITIONS.has(prev.lower)) isName = false;
    if (isName && prev && (prev.lower === "of" || prev.lower === "for") && tokens[i - 2]?.capitalised) isName = false;
    if (isName && prev && /^(?:fictional|hypothetical|imaginary|pretend|made-up|pseudonymised|anonymised)$/.test(prev.lower)) isName = false;
    if (isName && /^\W{0,3}\(\s*(?:fictional|not a real|hypothetical|made up|case study)/i.test(text.slice(last.end, last.end + 20))) isName = false;
    if (isName && /["“']$/.test(text.slice(t.start - 1, t.start)) && /^["”']?[^.]{0,50}\b(?:made[- ]up|fictional|hypothetical|scenario|case study|not (?:a )?real)/i.test(text.slice(last.end, last.end + 70))) isName = false;
    if (isName && prev && /^(?:operation|op|project)$/.test(prev.lower) && prev.capitalised) isName = false;
    if (isName && prev && prev.lower === "the" && !family) isName = false;
    if (isName && surnameInitial && following) {
      if (!isProfessional(tokens, i, end + 1, context, text)) push(t, following, "name", 2, /^\s*\(\s*\d{1,2}\s*\)/.test(text.slice(following.end, following.end + 8)) ? "age" : void 0);
      i = end + 1;
      continue;
    }
    if (isName && !isProfessional(tokens, i, end, context, text)) {
      const aged = bracketAge && BRACKET_AGE.test(text.slice(last.end, last.end + 32)) || headline && FULL_DATE_AFTER.test(text.slice(last.end, last.end + 14));
      const home = last.lower.endsWith("'s") && following !== void 0 && /^(?:address|house|home|flat|bedroom)$/.test(following.lower);
      push(t, last, "name", 2, aged ? "age" : home ? "where they live" : void 0);
      const before = tokens[i - 2];
      const beforeThat = tokens[i - 3];
      if (prev !== void 0 && (prev.lower === "and" || prev.lower === "&") && before !== void 0 && before.capitalised && lastName !== i - 2 && !NOT_NAMES.has(before.base) && text.slice(before.end, prev.start) === " " && !(beforeThat !== void 0 && (PLACE_PREPOSITIONS.has(beforeThat.lower) || /,\s*$/.test(text.slice(beforeThat.end, before.start)))) && !isProfessional(tokens, i - 2, i - 2, context, text)) {
        out.splice(out.length - 1, 0, { start: before.start, end: before.end, text: before.text, kind: "name", weight: 2 });
      }
      if (!atStart && !headline && beforeVerb && !beforeStrongVerb && !(possessive || bracketAge || afterRelation || family || ageAfter || paired || bracketed || doubleName)) out[out.length - 1].loose = true;
      lastName = end;
    }
    i = end;
  }
  if (span.end - span.start < 600 && tokens.some((t) => t.text.length >= 5 && isDigitCode(t.text.charCodeAt(0)))) {
    CASE_NUMBER.lastIndex = 0;
    const windowText = text.slice(span.start, span.end);
    for (let m = CASE_NUMBER.exec(windowText); m; m = CASE_NUMBER.exec(windowText)) {
      const number = m[1] ?? m[2];
      const start = span.start + m.index + m[0].length - number.length;
      out.push({ start, end: start + number.length, text: number, kind: "reference", weight: 2 });
    }
  }
  if (context.titleCase === true) {
    const address = HOME_ADDRESS.exec(text.slice(span.start, span.end));
    if (address) out.push({ start: span.start + address.index, end: span.start + address.index + address[0].length, text: address[0], kind: "reference", weight: 2 });
  }
  for (const age of agesIn(prepared, span)) {
    const after = text.slice(age.end, Math.min(span.end, age.end + 12));
    const before = text.slice(Math.max(span.start, age.start - 24), age.start).toLowerCase();
    if (/^\s*(?:-|–|to\b|and\s+(?:under|over|above|below)|\+|or\s+(?:under|over|older|younger)|plus\b)/i.test(after)) continue;
    if (/\b(?:children|young people|people|pupils|students|adults|girls|boys|families|those|everyone|anyone|all|under|over|between|from)\s*$/.test(before)) continue;
    if (/\d\s*(?:-|–|to|or)\s*$/.test(before) || /^\s*(?:girls|boys|children|pupils|students|people|males|females|men|women)\b/i.test(after)) continue;
    out.push({ start: age.start, end: age.end, text: age.text, kind: "age", weight: 2, .../^age\s*:/i.test(age.text) ? { tells: "age" } : {} });
  }
  return out.sort((a, b) => a.start - b.start);
}
var STRONG_PERSON_VERBS = new Set(
  [...PERSON_VERBS].filter((v) => !/^(?:reports|claims|is|was|has|had|isn't|wasn't|hadn't|will|would|can|can't|could|did|does|needs|gets|got|goes|comes|became|moved|started|stopped|continues|continued|remains|remained|lost|gained|used|uses|presented|appears|appeared|leaves|left|misses|isnt|wasnt|hasnt|hadnt|wont|cant|didnt|doesnt|weren't)$/.test(v))
);
var LOOKED_FOR = (() => {
  const out = /* @__PURE__ */ new Set(["yp", "yp's"]);
  const add = (w) => {
    out.add(w);
    out.add(`${w}'s`);
  };
  for (const set of [RELATIONS, PRONOUNS, PERSON_TITLES, PROFESSIONAL_TITLES, ADDRESSEE_WORDS]) for (const w of set) add(w);
  for (const r of REFERENCES) for (const w of r.split(" ")) add(w);
  for (const w of ["teacher", "pupil", "student", "child", "girl", "boy", "parent", "carer", "woman", "man", "staff"]) add(w);
  return out;
})();
var LOOKED_FOR_SIEVE = sieveOf(LOOKED_FOR);
function isTitleCased(tokens) {
  let words = 0;
  let capitals2 = 0;
  for (const t of tokens) {
    if (t.text.length < 4 || !/^[A-Za-z]/.test(t.text)) continue;
    words++;
    if (t.capitalised || /^[A-Z]{2,}/.test(t.text)) capitals2++;
  }
  return words >= 3 && capitals2 >= words * 0.8;
}
function standsAlone(text, span, start, end) {
  const before = text.slice(Math.max(span.start, start - 3), start);
  const after = text.slice(end, Math.min(span.end, end + 14));
  const opens = start === span.start || /(?:(?:^|\s)[-–—|(&]|:)\s*$|^\s*$/.test(before) && !/[a-z]\s+$/.test(before);
  const closes = end === span.end || /^\s*(?:[-–—:|)]|\d{1,2}[./]\d{1,2}|(?:dob|edd|nhs)\b|(?:y|yr|year)\s?\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b|$)/i.test(after);
  return opens && closes;
}
function lastOfName(tokens, i) {
  let end = i;
  while (end + 1 < tokens.length && end - i < 2) {
    const n = tokens[end + 1];
    const cur = tokens[end];
    if (!n.capitalised || n.text.length < 2 || NOT_NAMES.has(n.base) || cur.lower.endsWith("'s")) break;
    if (n.start - cur.end > 1) break;
    end++;
  }
  return end;
}
function isProfessional(tokens, i, end, context, text) {
  for (let k = i; k <= end; k++) if (context.professionalNames.has(tokens[k].base)) return true;
  const prev = tokens[i - 1];
  if (prev && PROFESSIONAL_TITLES.has(prev.base)) return true;
  const open = text.lastIndexOf("(", tokens[i].start);
  if (open >= 0 && tokens[i].start - open < 60 && text.indexOf(")", open) > tokens[i].start) {
    const role2 = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, open - 20), open));
    if (role2 && ROLE_WORDS.has((role2[1] ?? "").toLowerCase())) return true;
  }
  const beforeName = /([A-Za-z]+)[ \t]*[,:–-]?[ \t]*$/.exec(text.slice(Math.max(0, tokens[i].start - 20), tokens[i].start));
  if (beforeName && ROLE_WORDS.has((beforeName[1] ?? "").toLowerCase()) && (beforeName[1] ?? "") !== "guardian") return true;
  if (/^\s+(?:or|and|&)\s+(?:me|myself|I)\b/.test(text.slice(tokens[end].end, tokens[end].end + 12)) || /\b(?:me|myself|I)\s+(?:or|and|&)\s+$/.test(text.slice(Math.max(0, tokens[i].start - 12), tokens[i].start))) return true;
  const reach = prev?.lower === "to" && /^(?:talk|speak|chat|go|reach|write)$/.test(tokens[i - 2]?.lower ?? "") ? i - 3 : prev !== void 0 && /^(?:contact|ask|email|ring|call|phone)$/.test(prev.lower) ? i - 2 : -1;
  if (reach >= 0 && /^(?:please|can|could|to|you|just|also|or|then)$/.test(tokens[reach]?.lower ?? "")) return true;
  const first = tokens[end + 1]?.base;
  const org = tokens[end + 2];
  if (first === "from" && org !== void 0 && (org.capitalised || /^(?:the|our|your)$/.test(org.lower)) || first === "at" && org?.capitalised === true) return true;
  if (first === "to" && /^(?:check|send|circulate|share|arrange|contact|book|update|draft|chase|liaise|confirm|find|speak|email|invite|write|bring|add|organise|forward|provide|feed|raise|lead|complete|report|ask|look|follow|set|pick|take|agree|collate|present|prepare|review|amend|cascade|source|link)$/.test(tokens[end + 2]?.lower ?? "") && /(?:^|\n)\s*(?:[-*•–]|\d+[.)]|action:?)?\s*$/i.test(text.slice(Math.max(0, tokens[i].start - 12), tokens[i].start))) return true;
  for (let k = end + 1; k <= end + 4 && k < tokens.length; k++) if (/^(?:joined|joining|rejoined|retired|retiring|cover|covering|covers)$/.test(tokens[k].lower)) return true;
  if (tokens[end].lower.endsWith("'s")) return false;
  let role = false;
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) if (ROLE_WORDS.has(tokens[k].base)) role = true;
  if (role && !(first !== void 0 && PERSON_VERBS.has(first))) {
    const next = tokens[end + 1];
    if (next && (ROLE_WORDS.has(next.base) || tokens[end].end + 1 < next.start)) return true;
  }
  return false;
}
function initialsAt(text, tokens, i, headline = false) {
  const t = tokens[i];
  if (!/^[A-Z]$/.test(t.text)) return void 0;
  let j = i;
  let end = t.end;
  let dots = false;
  while (j < tokens.length) {
    const cur = tokens[j];
    if (!/^[A-Z]$/.test(cur.text)) break;
    end = cur.end;
    if (text.charAt(cur.end) === ".") {
      dots = true;
      end = cur.end + 1;
    }
    const n = tokens[j + 1];
    if (!n || !/^[A-Z]$/.test(n.text) || n.start > end + 1) {
      j++;
      break;
    }
    j++;
  }
  const surname = tokens[j];
  const beforeSurname = headline && j === i + 1 && surname !== void 0 && surname.capitalised && surname.text.length > 1 && surname.start === end + 1 && !NOT_NAMES.has(surname.base);
  if ((t.text === "I" || t.text === "A") && !dots && !beforeSurname) return void 0;
  return { end, next: j, dots };
}

// src/core/content/people/windows.ts
var MAX_WINDOW = 400;
var BREAK_CANDIDATE = /[\r\n.!?]/;
function windowCursor(text, from = 0, to = text.length) {
  const ready = [];
  let read = 0;
  let start = from;
  let done = false;
  const push = (end) => {
    let s = start;
    let e = end;
    while (s < e && isSpace2(text.charCodeAt(s))) s++;
    while (e > s && isSpace2(text.charCodeAt(e - 1))) e--;
    if (e > s) ready.push({ start: s, end: e });
    start = end;
  };
  const cutBefore = (end) => {
    while (start + MAX_WINDOW < end) push(start + MAX_WINDOW);
  };
  const candidates = new RegExp(BREAK_CANDIDATE.source, "g");
  candidates.lastIndex = from;
  const readOn = () => {
    while (ready.length === read && !done) {
      const m = candidates.exec(text);
      if (m === null || m.index >= to) {
        cutBefore(to);
        push(to);
        done = true;
        return;
      }
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        cutBefore(i);
        push(i);
        start = i + 1;
      } else if ((i + 1 >= to || isSpace2(text.charCodeAt(i + 1))) && !isAbbreviationDot(text, i)) {
        cutBefore(i);
        push(i + 1);
      }
    }
  };
  return () => {
    if (ready.length === read) readOn();
    return read < ready.length ? ready[read++] : void 0;
  };
}
function isSpace2(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}
function isAbbreviationDot(text, dot) {
  if (text.charCodeAt(dot) !== 46) return false;
  let s = dot;
  while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot);
  if (word.length === 1 && word >= "A" && word <= "Z") return true;
  return TITLES_WITH_DOT.has(word.toLowerCase());
}
var TITLES_WITH_DOT = /* @__PURE__ */ new Set(["mr", "mrs", "ms", "mx", "dr", "st", "prof", "rev", "revd", "sgt", "insp", "det", "cllr", "approx", "no", "ref", "tel", "dob", "d.o.b"]);
function isAsciiLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122;
}

// src/core/content/people/case-content.ts
var matcher4;
function findLifeInformation(text, span = { start: 0, end: text.length }) {
  matcher4 ?? (matcher4 = compilePhrases([...LIFE_INFORMATION, ...NOT_LIFE_INFORMATION.map((p) => [p, ""])]));
  const words = wordsOf(text);
  const out = [];
  for (const m of matchPhrases(text, words, matcher4, firstStartingAtOrAfter(words, span.start), firstStartingAtOrAfter(words, span.end))) {
    if (m.value !== "") out.push({ start: m.start, end: m.end, text: m.text, about: m.value, strong: false, life: true });
  }
  return out;
}
var SURE_WINDOWS_LISTED = 40;
function scanCaseContent(input) {
  const { text, part, regions, context } = input;
  const about = [...input.about].sort((a, b) => a.start - b.start);
  const mentions = [];
  const windows = [];
  let k = 0;
  let sure = 0;
  const max2 = input.maxSureWindows ?? Infinity;
  const prepared = prepareText(text);
  let named = false;
  const nextWindow = windowCursor(text);
  for (let w = nextWindow(); w !== void 0; w = nextWindow()) {
    if (sure >= max2 || named && windows.length >= max2 * 10) return { mentions, windows, stopped: true };
    const where = regionOf(regions, w.start, w.end);
    while (k < about.length && about[k].end <= w.start) k++;
    if (where === null) continue;
    const found = findPersonMentions(text, w, context, prepared);
    for (const m of found) {
      const mention = { start: m.start, end: m.end, text: m.text, kind: m.kind, weight: m.weight, in: part, quoted: where.quoted };
      if (input.attachment !== void 0) mention.attachment = input.attachment;
      if (m.loose) mention.loose = true;
      if (m.tells) mention.tells = m.tells;
      if (m.weight === 2 && !m.loose) named = true;
      mentions.push(mention);
    }
    if (!found.length) continue;
    const inWindow = [];
    const consider = (hit) => {
      if (hit.start < w.start || hit.end > w.end || found.some((m) => m.start <= hit.start && m.end >= hit.end)) return;
      if (part === "body" && isProperNoun(text, hit)) return;
      if (hit.life && isTopicMention(text, hit.start, hit.end)) return;
      inWindow.push(hit);
    };
    for (let j = k; j < about.length && about[j].start < w.end; j++) consider(about[j]);
    for (const hit of findLifeInformation(text, w)) consider(hit);
    inWindow.sort((a, b) => a.start - b.start);
    for (const m of found) if (m.tells && m.weight === 2) inWindow.push({ start: m.start, end: m.end, text: m.text, about: m.tells, strong: false });
    if (!inWindow.length) continue;
    if (found.some((m) => m.weight === 2)) sure++;
    windows.push(withAttachment({ start: w.start, end: w.end, part, quoted: where.quoted, mentions: found, about: inWindow }, input.attachment));
  }
  return { mentions, windows, stopped: false };
}
function caseContentOf(windows, anchored, surelyAnchored = false, anchor) {
  const out = [];
  for (const w of windows) {
    let weight = 0;
    let weak = 0;
    let person;
    let personWeight = 0;
    for (const m of w.mentions) {
      const mw = m.weight === 2 || anchored && m.kind === "pronoun" || surelyAnchored && m.kind === "reference" ? 2 : 1;
      if (mw === 2) weight += 2;
      else weak = 1;
      const rank = mw + m.weight;
      if (rank > personWeight) {
        person = m;
        personWeight = rank;
      }
    }
    const pronounOnly = w.mentions.every((m) => m.kind === "pronoun");
    const allegation = w.about.find((h) => h.about === "describes a disclosure or allegation" && /^(?:alleg|disclos|made a disclosure|has disclosed|s?he disclosed|they disclosed|witnessed)/i.test(h.text) && !/s$/i.test(h.text));
    const addresseeOnly = w.mentions.every((m) => m.kind === "pronoun" && /^you/i.test(m.text));
    weight += weak;
    const hit = addresseeOnly ? w.about.find((h) => h.life || h.about.startsWith("special category")) : weight >= 2 ? w.about[0] : pronounOnly ? w.about.find((h) => h.strong) : allegation;
    if (!hit || !person) continue;
    out.push(
      withAttachment(
        // "she" in the reason tells the practitioner nothing: name whom the message named instead.
        { start: w.start, end: w.end, in: w.part, person: (person.weight === 1 ? anchor?.(w) : void 0) ?? person.text.replace(/['’]s$/, ""), said: hit.text, about: hit.about, quoted: w.quoted },
        w.attachment
      )
    );
  }
  return out;
}
function isProperNoun(text, hit) {
  const first = text.charCodeAt(hit.start);
  if (!(first >= 65 && first <= 90) || /[\s-]/.test(text.slice(hit.start, hit.end))) return false;
  const second = text.charCodeAt(hit.start + 1);
  if (!(second >= 97 && second <= 122)) return false;
  const before = /([A-Za-z'’]+) +$/.exec(text.slice(Math.max(0, hit.start - 30), hit.start));
  const after = /^ +(?:(?:and|&|of|for) +)?([A-Za-z]+)/.exec(text.slice(hit.end, hit.end + 30));
  return before !== null && /^[A-Z][a-z]/.test(before[1] ?? "") || after !== null && /^[A-Z][a-z]/.test(after[1] ?? "");
}
function withAttachment(value, attachment) {
  return attachment === void 0 ? value : Object.assign(value, { attachment });
}

// src/core/content/people/message-people.ts
var STRONG_VOCABULARY = /^(?:describes harm or abuse|describes a disclosure or allegation|describes self-harm or suicide risk|describes domestic abuse|names a safeguarding process|safeguarding term)/;
var BARE_CASE_NUMBER = /(?:^|[:–-]\s*)\d{6,10}\s*(?:[–:-]|$)/;
var CASE_REFERENCE = /\b(?:(?:case|crime|court|mash|lcs|mosaic|eclipse|client|child|yjs|yot|police|log)\s+)?(?:ref(?:erence)?|no\.?|number)\.?\s*:?\s*[A-Z]{0,3}\d[\d/-]{4,}\b|\b[A-Z]{2}\d{2}[A-Z]\d{5}\b/i;
var ROLE_TERM = /^safeguarding term: (?:LADO|DSL|DDSL|IRO|SENCO|IDVA|ISVA|SW|DP|HV|GP|PCSO|MP|CP lead)$/;
function messagePeople(input) {
  const greeting = findGreeting(input.body);
  const greeted = input.recipients.length === 1 && isPublicReader(input.recipients[0]) ? greeting?.names[0] : void 0;
  const addressed = greeted !== void 0;
  const context = { professionalNames: professionalNames(input, greeting?.names ?? []), addressee: addressed, subjectParts: loneSubjectWords(input.subject) };
  const titleContext = { professionalNames: context.professionalNames, titleCase: true };
  const fileContext = { professionalNames: context.professionalNames, titleCase: true, subjectParts: loneSubjectWords(input.subject, false) };
  const body = scanCaseContent({
    text: input.body,
    part: "body",
    regions: input.regions,
    context,
    about: aboutHits(input.specialCategory, input.caseVocabulary),
    maxSureWindows: SURE_WINDOWS_LISTED
  });
  const subjectFindings = { identifiers: [], specialCategory: [], caseVocabulary: [] };
  const scans = [body];
  if (input.subject.trim()) {
    const s = input.subject;
    subjectFindings.identifiers = findIdentifiers(s, NO_REGIONS);
    subjectFindings.specialCategory = findSpecialCategory(s, NO_REGIONS);
    subjectFindings.caseVocabulary = findCaseVocabulary(s, NO_REGIONS);
    scans.push(scanCaseContent({ text: s, part: "subject", regions: NO_REGIONS, context: titleContext, about: aboutHits(subjectFindings.specialCategory, subjectFindings.caseVocabulary) }));
  }
  input.attachments.forEach((a, index) => {
    if (a.isInline) return;
    const text = attachmentText(a.name);
    if (!text) return;
    const about = aboutHits(findSpecialCategory(text, NO_REGIONS), findCaseVocabulary(text, NO_REGIONS));
    scans.push(scanCaseContent({ text, part: "attachment", attachment: index, regions: NO_REGIONS, context: fileContext, about }));
  });
  const personMentions = [];
  const windows = [];
  for (const scan of scans) {
    for (const m of scan.mentions) personMentions.push(m);
    for (const w of scan.windows) windows.push(w);
  }
  const only = subjectName(input.subject);
  if (only && !context.professionalNames.has(only.text.toLowerCase()) && !personMentions.some((m) => m.in === "subject" && m.weight === 2)) {
    personMentions.push({ start: only.start, end: only.start + only.text.length, text: only.text, kind: "name", weight: 2, in: "subject", quoted: false });
  }
  const surelyAnchored = personMentions.some((m) => m.weight === 2 && m.kind !== "name") || HOME_ADDRESS.test(input.subject) || CASE_REFERENCE.test(input.subject) || BARE_CASE_NUMBER.test(input.subject);
  const anchored = addressed || personMentions.some((m) => m.weight === 2 && m.loose !== true) || windows.some((w) => w.mentions.some((m) => m.weight === 2));
  const named = personMentions.filter((m) => m.weight === 2 && m.kind !== "age");
  const first = (named.find((m) => m.in === "body" && !m.quoted) ?? named[0])?.text.replace(/'s$/, "") ?? greeted?.text;
  const byPart = /* @__PURE__ */ new Map();
  for (const m of named) {
    if (m.kind === "relation" && /\s/.test(m.text)) continue;
    const key = `${m.in}:${m.attachment ?? ""}`;
    const list = byPart.get(key) ?? [];
    list.push(m);
    byPart.set(key, list);
  }
  const anchor = (w) => {
    const list = byPart.get(`${w.part}:${w.attachment ?? ""}`);
    const at = list ? firstStartingAtOrAfter(list, w.start) : 0;
    return (at > 0 ? list[at - 1].text.replace(/'s$/, "") : void 0) ?? first;
  };
  const caseContent = caseContentOf(windows, anchored, surelyAnchored, anchor);
  for (const m of personMentions) {
    if (m.in !== "attachment" || m.weight !== 2 || m.attachment === void 0) continue;
    if (caseContent.some((f) => f.in === "attachment" && f.attachment === m.attachment)) continue;
    const name = input.attachments[m.attachment]?.name ?? "";
    caseContent.push({ start: 0, end: attachmentText(name).length, in: "attachment", attachment: m.attachment, person: m.text, said: name, about: "a file named for them", quoted: false });
  }
  input.attachments.forEach((a, index) => {
    if (a.isInline || caseContent.some((f) => f.in === "attachment" && f.attachment === index)) return;
    const text = attachmentText(a.name);
    const words = caseRecordWords(text);
    if (words.length) caseContent.push({ start: 0, end: text.length, in: "attachment", attachment: index, person: "", said: words[0], about: "a case record", quoted: false });
  });
  const fictional = declaresFictionalPeople(input);
  return { personMentions, caseContent: fictional ? [] : caseContent, subject: subjectFindings, listsStopped: body.stopped, fictional };
}
var FICTION_WORD = /\b(?:fictional|fictitious|hypothetical|composite|composites)\b/i;
var INVENTED_WORD = /\b(?:invented|made-up|made up|imaginary)\b/i;
var DETAILS_CHANGED = /\((?:some |all )?(?:names and )?(?:identifying )?details (?:have been |were )?(?:changed|altered|removed)\)|\bdetails (?:have been|were) (?:changed|altered) to protect\b/i;
var CASE_STUDY_WORD = /\b(?:case stud(?:y|ies)|scenarios?|vignettes?|training)\b/i;
function declaresFictionalPeople(input) {
  const texts = [input.subject, ...input.attachments.map((a) => a.name)];
  const body = input.body.slice(0, 6e3);
  const any = (t) => FICTION_WORD.test(t) || INVENTED_WORD.test(t);
  if (DETAILS_CHANGED.test(body)) return true;
  if (!any(body) && !texts.some(any)) return false;
  for (const sentence of [...texts, ...body.split(/[.!?]\s+|\n+/)]) {
    if (!CASE_STUDY_WORD.test(sentence) && !/\b(?:names|family|household|child|people)\b/i.test(sentence)) continue;
    if (FICTION_WORD.test(sentence)) return true;
    if (INVENTED_WORD.test(sentence) && CASE_STUDY_WORD.test(sentence)) return true;
  }
  return false;
}
function isPublicReader(r) {
  return r.class === "personal" && isPublicMailbox(r.address);
}
function aboutHits(special, vocabulary) {
  const out = [];
  for (const s of special) out.push({ start: s.start, end: s.end, text: s.text, about: `special category information (${s.category})`, strong: false });
  for (const v of vocabulary) out.push({ start: v.start, end: v.end, text: v.text, about: v.why, strong: STRONG_VOCABULARY.test(v.why) && !ROLE_TERM.test(v.why) });
  return out;
}
function subjectName(subject) {
  const m = /^((?:\s*(?:[Rr][Ee]|[Ff][Ww][Dd]?)\s*:)*\s*)([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s*$/.exec(subject);
  if (!m) return void 0;
  const word = m[2];
  if (word.toLowerCase().split("-").some((part) => NOT_NAMES.has(part))) return void 0;
  return { text: word, start: m[1].length };
}
function loneSubjectWords(subject, labels = true) {
  const out = /* @__PURE__ */ new Set();
  for (const part of subject.split(labels ? /\s[-–|]\s|:\s*/ : /\s[-–|]\s/)) {
    const m = /^\s*([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s*$/.exec(part);
    if (m) out.add(m[1].toLowerCase());
  }
  return out;
}
function professionalNames(input, greetingNames) {
  const out = /* @__PURE__ */ new Set();
  const addWords = (s) => {
    if (!s) return;
    for (const w of s.toLowerCase().split(/[^a-z\u00e0-\u024f']+/)) if (w.length >= 2) out.add(w);
  };
  const local = (address) => {
    if (!address) return void 0;
    const m = /([^<\s@]+)@/.exec(address);
    return m?.[1];
  };
  addWords(local(input.from));
  const fromName = /^\s*"?([^"<@]+?)"?\s*</.exec(input.from ?? "");
  addWords(fromName?.[1]);
  const personal = input.recipients.some(isPublicReader);
  for (const r of input.recipients) {
    if (isPublicReader(r)) continue;
    addWords(r.displayName);
    addWords(local(r.address));
  }
  if (!personal) for (const n of greetingNames) for (const w of n.words) out.add(w);
  return out;
}

// src/core/text/disclaimer.ts
var STRONG_OPENINGS = [
  "this email and any files",
  "this e-mail and any files",
  "this email and any attachment",
  "this e-mail and any attachment",
  "this email and its attachment",
  "this e-mail and its attachment",
  "this message and any attachment",
  "this message and any files",
  "this email (including any attachment",
  "this e-mail (including any attachment",
  "this email is confidential",
  "this e-mail is confidential",
  "this message is confidential",
  "this email may contain",
  "this e-mail may contain",
  "this message may contain",
  "this email is intended",
  "this e-mail is intended",
  "this message is intended",
  "this email is only intended",
  "this e-mail is only intended",
  "this email is for the",
  "this e-mail and the information",
  "the information in this e-mail is confidential",
  "the information in this email is confidential",
  "confidentiality notice",
  "confidentiality note",
  "confidentiality statement",
  "confidentiality warning",
  "privileged and confidential",
  "if you have received this email in error",
  "if you have received this e-mail in error",
  "if you have received this message in error",
  "if you have received this communication in error",
  "if you received this email in error",
  "if you received this e-mail in error",
  "if you are not the intended recipient",
  "if you are not the addressee",
  "email disclaimer",
  "e-mail disclaimer",
  "disclaimer",
  "any views or opinions expressed",
  "any views or opinions presented",
  "views or opinions expressed in this",
  "the views expressed in this email",
  "this email has been scanned",
  "this e-mail has been scanned",
  "this message has been scanned",
  "this email originated from outside",
  "this message originated from outside",
  "caution: this email originated",
  "caution: external",
  "external email:",
  "emails sent to and from",
  "e-mails sent to and from",
  "email communications with",
  "communications with the council may be monitored",
  "all emails sent",
  "all e-mails sent"
];
var WEAK_OPENINGS = [
  "the information contained in this",
  "the information in this",
  "the contents of this",
  "the content of this",
  "this communication",
  "this email and",
  "this e-mail and",
  "internet email",
  "internet e-mail",
  "please note that this",
  "please note: this",
  "please note this email",
  "email is not a secure",
  "e-mail is not a secure",
  "our privacy notice",
  "privacy notice",
  "for information about how we",
  "to find out how we use",
  "we will process your personal",
  "warning:",
  "important:",
  "notice:",
  "please be aware that",
  "unless otherwise stated"
];
var PRINT_OPENINGS = [
  "please consider the environment",
  "consider the environment before",
  "think before you print",
  "think of the environment",
  "please don't print",
  "please do not print",
  "save paper",
  "please think before printing",
  "before printing this email",
  "help save paper"
];
var VOCABULARY = [
  "confidential",
  "privileged",
  "intended recipient",
  "addressee",
  "in error",
  "notify the sender",
  "notify us",
  "inform the sender",
  "delete",
  "destroy",
  "unauthorised",
  "unauthorized",
  "disclos",
  "copying",
  "distribut",
  "prohibited",
  "monitor",
  "virus",
  "liabilit",
  "freedom of information",
  "data protection",
  "legally",
  "recorded",
  "intended solely",
  "intended only",
  "views expressed",
  "opinions expressed",
  "gcsx",
  "secure email",
  "lawful",
  "personal data",
  "privacy"
];
function openingText(body, line) {
  return fromFirstCodePointIn(lineText(body, line, 200).toLowerCase(), LETTER);
}
function openingOf(body, line) {
  const t = openingText(body, line);
  if (t.length === 0) return null;
  if (PRINT_OPENINGS.some((p) => t.startsWith(p))) return "print";
  if (STRONG_OPENINGS.some((p) => t.startsWith(p))) return "strong";
  if (WEAK_OPENINGS.some((p) => t.startsWith(p))) return "weak";
  return null;
}
function vocabularyHits(body, lines, first, last) {
  let text = "";
  for (let k = first; k <= last && text.length < 3e3; k++) {
    const l = lines[k];
    if (l !== void 0) text += " " + lineText(body, l, 3e3).toLowerCase();
  }
  let hits = 0;
  for (const w of VOCABULARY) if (text.includes(w)) hits++;
  return hits;
}
var Paragraphs = class {
  constructor(body, lines, from, to) {
    this.body = body;
    this.lines = lines;
    this.from = from;
    __publicField(this, "startOf", []);
    __publicField(this, "endOf", []);
    __publicField(this, "hits", /* @__PURE__ */ new Map());
    let start = from;
    for (let k = from; k < to; k++) {
      const l = lines[k];
      if (l === void 0 || isBlankLine(l)) start = k + 1;
      this.startOf[k - from] = start;
    }
    let end = to - 1;
    for (let k = to - 1; k >= from; k--) {
      const l = lines[k];
      if (l === void 0 || isBlankLine(l)) end = k - 1;
      this.endOf[k - from] = end;
    }
  }
  /** Last line of the paragraph holding line `k`. */
  end(k) {
    return this.endOf[k - this.from] ?? k;
  }
  /** Disclaimer vocabulary hits of the paragraph holding line `k`. */
  vocabulary(k) {
    const start = this.startOf[k - this.from] ?? k;
    let h = this.hits.get(start);
    if (h === void 0) {
      h = vocabularyHits(this.body, this.lines, start, this.end(k));
      this.hits.set(start, h);
    }
    return h;
  }
};
function disclaimerEndFrom(body, lines, k, paragraphs) {
  const line = lines[k];
  if (line === void 0 || isBlankLine(line)) return -1;
  const opening = openingOf(body, line);
  if (opening === null) return -1;
  if (opening === "print") return k;
  if (opening === "weak" && paragraphs.vocabulary(k) < 2) return -1;
  return paragraphs.end(k);
}
function findDisclaimers(body, lines, from, to) {
  const found = [];
  const paragraphs = new Paragraphs(body, lines, from, to);
  let k = from;
  while (k < to) {
    const end = disclaimerEndFrom(body, lines, k, paragraphs);
    if (end < 0) {
      k++;
      continue;
    }
    let last = end;
    for (; ; ) {
      const next = nextNonBlank(lines, last + 1, to);
      if (next >= to) break;
      const nextEnd = disclaimerEndFrom(body, lines, next, paragraphs);
      if (nextEnd >= 0) {
        last = nextEnd;
      } else if (paragraphs.vocabulary(next) >= 2) {
        last = paragraphs.end(next);
      } else {
        break;
      }
    }
    found.push({ first: k, last });
    k = last + 1;
  }
  return found;
}

// src/core/text/list-markers.ts
var BULLETS = "-*\u2022\xB7\u2013\u2014\u25AA\u25E6\u2023\u25CB\u25CF\u25A0\u25A1\u27A2\u27A4\u2192";
function listMarkerEnd(text, i, end) {
  if (i >= end) return -1;
  const ch = text.charAt(i);
  if (BULLETS.includes(ch)) return afterSpace(text, i + 1, end);
  let j = i;
  const open = ch === "(";
  if (open) j++;
  const tokenStart = j;
  if (isAsciiDigitAt(text, j)) {
    while (j < end && j - tokenStart < 3 && isAsciiDigitAt(text, j)) j++;
  } else if (isRomanStart(text, j)) {
    while (j < end && j - tokenStart < 4 && "ivx".includes(text.charAt(j))) j++;
  } else if (isLowerAt(text, j) || isUpperAt(text, j)) {
    j++;
  } else {
    return -1;
  }
  if (j >= end) return -1;
  const close = text.charAt(j);
  const single = j - tokenStart === 1 && !isAsciiDigitAt(text, tokenStart);
  if (open) {
    if (close !== ")") return -1;
  } else if (close === ".") {
    if (single && isUpperAt(text, tokenStart)) return -1;
  } else if (close !== ")") {
    return -1;
  }
  return afterSpace(text, j + 1, end);
}
function isRomanStart(text, j) {
  const c = text.charAt(j);
  const d = text.charAt(j + 1);
  return (c === "i" || c === "v" || c === "x") && "ivx.)".includes(d) && d !== "";
}
function afterSpace(text, i, end) {
  if (i >= end || !isSpaceCode(text.charCodeAt(i))) return -1;
  let j = i;
  while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
  return j < end ? j : -1;
}

// src/core/text/salutations.ts
var MAX_WORDS = 16;
function leadingWords(text, start, end, limit = MAX_WORDS) {
  const words = [];
  let i = start;
  const stop = Math.min(end, start + 400);
  while (i < stop && words.length < limit) {
    if (text.charCodeAt(i) === 38) {
      words.push({ lower: "and", start: i, end: i + 1, capitalised: false });
      i++;
      continue;
    }
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    while (i < stop && (isLetterAt(text, i) || isApostrophe2(text.charCodeAt(i)) || isInnerHyphen(text, i))) i++;
    words.push({ lower: text.slice(s, i).toLowerCase(), start: s, end: i, capitalised: isUpperAt(text, s) });
  }
  return words;
}
function firstWordLower(text, start, end) {
  const stop = Math.min(end, start + 400);
  let i = start;
  while (i < stop && text.charCodeAt(i) !== 38 && !isLetterAt(text, i)) i++;
  if (i >= stop) return "";
  if (text.charCodeAt(i) === 38) return "and";
  const s = i;
  while (i < stop && i - s < 40 && (isLetterAt(text, i) || isApostrophe2(text.charCodeAt(i)) || isInnerHyphen(text, i))) i++;
  return text.slice(s, i).toLowerCase();
}
function isApostrophe2(c) {
  return c === 39 || c === 8217;
}
function isInnerHyphen(text, i) {
  return text.charCodeAt(i) === 45 && isLetterAt(text, i + 1) && isLetterAt(text, i - 1);
}
function onlyGlue(text, from, to, glue) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !glue.includes(text.charAt(i))) return false;
  }
  return true;
}
var SIGN_OFF_PHRASES = [
  "kind regards",
  "kindest regards",
  "best regards",
  "warm regards",
  "warmest regards",
  "many regards",
  "regards",
  "with regards",
  "with kind regards",
  "with kindest regards",
  "with best regards",
  "with warm regards",
  "with best wishes",
  "with warm wishes",
  "best wishes",
  "all best wishes",
  "warm wishes",
  "warmest wishes",
  "good wishes",
  "kind wishes",
  "best",
  "all the best",
  "all best",
  "many thanks",
  "many thanks again",
  "many many thanks",
  "thanks",
  "thanks again",
  "thanks very much",
  "thanks so much",
  "thanks a lot",
  "thanks all",
  "thanks everyone",
  "thank you",
  "thank you very much",
  "thank you so much",
  "thank you again",
  "thank you all",
  "with thanks",
  "with many thanks",
  "with grateful thanks",
  "thanks in advance",
  "many thanks in advance",
  "thank you in advance",
  "thanks and regards",
  "thanks and kind regards",
  "thanks and best wishes",
  "many thanks and best wishes",
  "many thanks and kind regards",
  "kind regards and thanks",
  "regards and thanks",
  "cheers",
  "ta",
  "yours sincerely",
  "yours faithfully",
  "yours truly",
  "yours",
  "sincerely",
  "respectfully",
  "speak soon",
  "take care",
  "kr",
  "br",
  "thx",
  "thanks again for your help"
].map((p) => p.split(" "));
var SIGN_OFF_FIRST = new Set(SIGN_OFF_PHRASES.map((p) => p[0] ?? ""));
var NAME_PARTICLES = /* @__PURE__ */ new Set(["de", "van", "von", "der", "den", "la", "le", "bin", "al", "da", "di", "du", "of"]);
var GREETING_AUDIENCE = /* @__PURE__ */ new Set([
  "all",
  "team",
  "everyone",
  "everybody",
  "both",
  "there",
  "colleagues",
  "folks",
  "guys",
  "you",
  "again",
  "sir",
  "madam",
  "or",
  "and",
  "to",
  "whom",
  "it",
  "may",
  "concern"
]);
var GREETING_OPENERS = [
  "hi",
  "hello",
  "hey",
  "hiya",
  "dear",
  "greetings",
  "good morning",
  "good afternoon",
  "good evening",
  "good day",
  "to whom it may concern",
  "dear sir or madam",
  "dear sir madam",
  "dear all"
].map((p) => p.split(" "));
var BARE_TIME_OPENERS = ["morning", "afternoon", "evening", "all"].map((p) => [p]);
var GREETING_FIRST = new Set([...GREETING_OPENERS, ...BARE_TIME_OPENERS].map((p) => p[0] ?? ""));
function matchPhrase(text, words, phrases) {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length <= best || phrase.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const w = words[k];
      if (w === void 0 || w.lower !== phrase[k]) ok = false;
      else if (k > 0) {
        const prev = words[k - 1];
        if (prev === void 0 || !onlyGlue(text, prev.end, w.start, "")) ok = false;
      }
    }
    if (ok) best = phrase.length;
  }
  return best;
}
function isNameWord(w) {
  return w.capitalised || NAME_PARTICLES.has(w.lower);
}
function consumeNames(text, words, from, maxNames, audience) {
  let k = from;
  while (k < words.length && k - from < maxNames) {
    const w = words[k];
    const prev = words[k - 1];
    if (w === void 0 || w.lower === "i") break;
    if (!(isNameWord(w) || audience && GREETING_AUDIENCE.has(w.lower))) break;
    const glue = k === from ? ",.-\u2013\u2014'\u2019" : ".-'\u2019/()";
    if (prev !== void 0 && !onlyGlue(text, prev.end, w.start, glue)) break;
    k++;
  }
  return k;
}
function skipTrailingPunctuation(text, from, to) {
  let i = from;
  while (i < to && ",.!:;-\u2013\u2014".includes(text.charAt(i))) i++;
  return i;
}
function matchSignOff(text, start, end) {
  if (end - start > 90 || !SIGN_OFF_FIRST.has(firstWordLower(text, start, end))) return null;
  const words = leadingWords(text, start, end);
  const first = words[0];
  if (first === void 0 || !onlyGlue(text, start, first.start, `*_"'\u201C\u2018(`)) return null;
  const n = matchPhrase(text, words, SIGN_OFF_PHRASES);
  const last = words[n - 1];
  if (n === 0 || last === void 0) return null;
  const phraseEnd = last.end;
  const afterNames = consumeNames(text, words, n, 5, false);
  const lastName = words[afterNames - 1];
  const nameFirst = words[n];
  const matchedEnd = afterNames > n && lastName !== void 0 ? lastName.end : phraseEnd;
  if (words.length > afterNames) return null;
  const tail = skipTrailingPunctuation(text, matchedEnd, end);
  if (!onlyGlue(text, tail, end, `.!)*_"'\u201D\u2019`)) return null;
  const match = { phraseEnd, end: matchedEnd };
  if (afterNames > n && nameFirst !== void 0) {
    if (!onlyGlue(text, phraseEnd, nameFirst.start, "")) match.nameStart = nameFirst.start;
  }
  return match;
}
function isThanksLine(text, start, end) {
  if (end - start > 90) return false;
  const words = leadingWords(text, start, end, 3);
  const a = words[0]?.lower;
  const b = words[1]?.lower;
  return a === "thanks" || a === "thank" || a === "cheers" || a === "many" && b === "thanks" || a === "with" && b === "thanks";
}

// src/core/text/signature-lines.ts
var EMAIL = /[^\s@<>()[\]]@[^\s@<>()[\]]+\.[a-z]/iu;
var URL = /\b(?:https?:\/\/|www\.)/iu;
var POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/u;
var CONTACT_LABEL = /^(?:t|m|e|w|f|tel|telephone|phone|ph|mob|mobile|cell|email|e-mail|fax|ext|extension|web|website|dd|direct dial|direct line|direct|office|switchboard|landline|work mobile|teams)\b\s*[:.]/iu;
var CHILD_DATA = /\b(?:dob|d\.o\.b|date of birth|nhs (?:no|number)|ni (?:no|number)|born on|aged \d|child'?s? name)\b/iu;
var FIRST_PERSON = /* @__PURE__ */ new Set(["i", "i'm", "i\u2019m", "i've", "i\u2019ve", "i'll", "i\u2019ll", "i'd", "i\u2019d", "me", "we", "we're", "we've", "my"]);
var POST_NOMINAL = /^[A-Z][A-Za-z]{0,5}$/u;
function hasPhone(t) {
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    if (c >= "0" && c <= "9") {
      digits++;
      if (digits >= 9) return true;
    } else if (!" ()+-.\xA0".includes(c)) {
      digits = 0;
    }
  }
  return false;
}
function isContactText(t) {
  return EMAIL.test(t) || URL.test(t) || hasPhone(t) || CONTACT_LABEL.test(t) || POSTCODE.test(t);
}
var ROLE_WORDS2 = /* @__PURE__ */ new Set([
  "worker",
  "officer",
  "lead",
  "manager",
  "nurse",
  "visitor",
  "practitioner",
  "coordinator",
  "co-ordinator",
  "constable",
  "sergeant",
  "detective",
  "inspector",
  "teacher",
  "headteacher",
  "head",
  "senco",
  "dsl",
  "deputy",
  "senior",
  "assistant",
  "consultant",
  "advisor",
  "adviser",
  "therapist",
  "psychologist",
  "doctor",
  "gp",
  "paediatrician",
  "midwife",
  "administrator",
  "director",
  "designated",
  "safeguarding",
  "principal",
  "supervisor",
  "mentor",
  "caseworker",
  "clinician",
  "specialist",
  "navigator",
  "keyworker",
  "support"
]);
function hasRoleWord(t) {
  return leadingWords(t, 0, t.length, 12).some((w) => ROLE_WORDS2.has(w.lower));
}
function classifySignatureLine(body, line) {
  const length = line.contentEnd - line.contentStart;
  const t = lineText(body, line, 300);
  if (!hasWordChar(t, 0, t.length)) return "rule";
  if (CHILD_DATA.test(t)) return "data";
  const contact = isContactText(t);
  if (length > 200) return contact && length <= 300 ? "contact" : "prose";
  const last = t.charAt(t.length - 1);
  if (listMarkerEnd(t, 0, t.length) >= 0) return contact ? "contact" : "list";
  if (contact && length <= 100 && !".?!".includes(last)) return "contact";
  if (isProse(t)) return "prose";
  if (contact) return "contact";
  if (last === ":") return "prose";
  return isNameText(t) ? "name" : "label";
}
function isProse(t) {
  const last = t.charAt(t.length - 1);
  if (last === "?") return true;
  const words = leadingWords(t, 0, t.length, 40);
  if (words.length > 12) return true;
  if (words.some((w) => FIRST_PERSON.has(w.lower))) return true;
  if ((last === "." || last === "!") && words.length >= 5) return true;
  const lower = words.filter((w) => !w.capitalised).length;
  return lower >= 3 && lower * 2 >= words.length;
}
function isNameText(t) {
  if (t.length > 60 || /\d/u.test(t)) return false;
  const words = leadingWords(t, 0, t.length, 10);
  if (words.length === 0 || words.length > 7) return false;
  let names = 0;
  for (const w of words) {
    const raw = t.slice(w.start, w.end);
    if (w.capitalised) names++;
    else if (!["de", "van", "von", "der", "la", "le", "bin", "al", "da", "she", "her", "he", "him", "they", "them", "hers", "his"].includes(w.lower)) return false;
    if (!w.capitalised && POST_NOMINAL.test(raw)) names++;
  }
  return names >= 1 && names <= 6 && isUpperAt(t, words[0]?.start ?? 0);
}

// src/core/text/signature.ts
var WINDOW = 40;
var MAX_BLOCK = 25;
function findSignatureStart(body, lines, from, to, skip) {
  const foot = [];
  for (let k = to - 1; k >= from && foot.length < WINDOW; k--) {
    const l = lines[k];
    if (l !== void 0 && !isBlankLine(l) && !skip(k)) foot.push(k);
  }
  foot.reverse();
  if (foot.length === 0) return null;
  const kinds = /* @__PURE__ */ new Map();
  const kindOf = (k) => {
    let kind = kinds.get(k);
    if (kind === void 0) {
      const l = lines[k];
      kind = l === void 0 ? "rule" : classifySignatureLine(body, l);
      kinds.set(k, kind);
    }
    return kind;
  };
  const blockAfter = (idx) => foot.slice(idx + 1).map(kindOf);
  for (let idx = foot.length - 1; idx >= 0; idx--) {
    const k = foot[idx];
    const line = k === void 0 ? void 0 : lines[k];
    if (k === void 0 || line === void 0) continue;
    const signOff = matchSignOff(body, line.contentStart, line.contentEnd);
    if (signOff !== null) {
      const block = blockAfter(idx);
      if (signOff.nameStart !== void 0) {
        block.unshift("name");
        if (validBlock(block, "strong")) return { line: k, offset: signOff.nameStart };
      } else if (validBlock(block, "strong")) {
        return firstOf(lines, foot[idx + 1]);
      }
      continue;
    }
    if (isThanksLine(body, line.contentStart, line.contentEnd) && validBlock(blockAfter(idx), "weak")) {
      return firstOf(lines, foot[idx + 1]);
    }
  }
  for (let idx = foot.length - 1; idx >= 0; idx--) {
    const k = foot[idx];
    const line = k === void 0 ? void 0 : lines[k];
    if (k === void 0 || line === void 0) continue;
    const t = lineText(body, line, 10);
    if ((t === "--" || t === "---") && validBlock(blockAfter(idx), "delimiter")) return { line: k, offset: line.contentStart };
  }
  let top = foot.length;
  while (top > 0) {
    const k = foot[top - 1];
    if (k === void 0) break;
    const kind = kindOf(k);
    if (kind !== "name" && kind !== "contact" && kind !== "label" && kind !== "rule") break;
    top--;
  }
  for (let idx = top; idx < foot.length; idx++) {
    const k = foot[idx];
    if (k === void 0) continue;
    if (kindOf(k) !== "name") continue;
    const rest = foot.slice(idx + 1);
    const hasContact = rest.some((r) => kindOf(r) === "contact");
    const hasRole = rest.some((r) => {
      const l = lines[r];
      const kind = kindOf(r);
      return l !== void 0 && (kind === "label" || kind === "name") && hasRoleWord(lineText(body, l, 120));
    });
    if (rest.length >= 1 && rest.length < MAX_BLOCK && (hasContact || hasRole)) return firstOf(lines, k);
    break;
  }
  const lastIdx = foot.length - 1;
  const loneK = foot[lastIdx];
  const loneLine = loneK === void 0 ? void 0 : lines[loneK];
  if (loneK !== void 0 && loneLine !== void 0 && lastIdx >= 1 && kindOf(loneK) === "name") {
    const above = lines[loneK - 1];
    const words = lineText(body, loneLine, 60).split(/\s+/u).length;
    if (words <= 3 && above !== void 0 && isBlankLine(above)) return { line: loneK, offset: loneLine.contentStart };
  }
  const lastK = foot[foot.length - 1];
  const lastLine = lastK === void 0 ? void 0 : lines[lastK];
  if (lastK !== void 0 && lastLine !== void 0) {
    const t = lineText(body, lastLine, 60).toLowerCase();
    if (t.startsWith("sent from my ") || t.startsWith("get outlook for ") || t.startsWith("sent from outlook") || t.startsWith("sent from mail for") || t.startsWith("sent from samsung")) {
      return { line: lastK, offset: lastLine.contentStart };
    }
  }
  return null;
}
function firstOf(lines, k) {
  const l = k === void 0 ? void 0 : lines[k];
  return k === void 0 || l === void 0 ? null : { line: k, offset: l.contentStart };
}
function validBlock(all, mode) {
  const kinds = all.filter((k) => k !== "rule");
  const n = kinds.length;
  const first = kinds[0];
  if (first === void 0 || n > MAX_BLOCK) return false;
  if (kinds.includes("list") || kinds.includes("data")) return false;
  if (first === "prose") return false;
  const prose = kinds.filter((k) => k === "prose").length;
  if (mode === "weak") return first === "name" && prose === 0;
  if (mode === "delimiter") return prose <= 3;
  const hasContact = kinds.includes("contact");
  const allowed = hasContact ? first === "name" ? Math.max(2, Math.floor(n / 3)) : 2 : first === "name" && n >= 3 ? 1 : 0;
  return prose <= allowed;
}

// src/core/text/skipped-regions.ts
function findSkippedRegions(body) {
  const lines = splitLines(body);
  const scan = scanQuotedReply(body, lines);
  const regions = [];
  for (const run of scan.inline) pushRegion(regions, regionOfLines(lines, run.first, run.last, "quoted-reply"));
  const segments = newTextSegments(lines, scan.inline, scan.tail);
  const disclaimerLine = /* @__PURE__ */ new Set();
  for (const seg of segments) {
    for (const d of findDisclaimers(body, lines, seg.first, seg.last + 1)) {
      pushRegion(regions, regionOfLines(lines, d.first, d.last, "disclaimer"));
      for (let k = d.first; k <= d.last; k++) disclaimerLine.add(k);
    }
  }
  const last = lastNonEmpty(lines, segments, disclaimerLine);
  if (last !== void 0) {
    const start = findSignatureStart(body, lines, last.first, last.last + 1, (k) => disclaimerLine.has(k));
    if (start !== null) addSignature(lines, start.line, start.offset, last.last, disclaimerLine, regions);
  }
  const tailLine = lines[scan.tail];
  if (tailLine !== void 0) {
    const end = trimSpaceBackward(body, tailLine.contentStart, body.length);
    if (end > tailLine.contentStart) regions.push({ start: tailLine.contentStart, end, reason: "quoted-reply" });
  }
  return normalise(regions);
}
function pushRegion(regions, r) {
  if (r !== null) regions.push(r);
}
function newTextSegments(lines, inline, tail) {
  const segments = [];
  let next = 0;
  for (const run of inline) {
    if (run.first > next) segments.push({ first: next, last: run.first - 1 });
    next = run.last + 1;
  }
  if (tail > next) segments.push({ first: next, last: Math.min(tail, lines.length) - 1 });
  return segments;
}
function lastNonEmpty(lines, segments, claimed) {
  for (let s = segments.length - 1; s >= 0; s--) {
    const seg = segments[s];
    if (seg === void 0) continue;
    for (let k = seg.last; k >= seg.first; k--) {
      const l = lines[k];
      if (l !== void 0 && !isBlankLine(l) && !claimed.has(k)) return seg;
    }
  }
  return void 0;
}
function addSignature(lines, first, offset, last, disclaimerLine, regions) {
  let runFirst = -1;
  const flush = (runLast) => {
    if (runFirst < 0) return;
    const r = regionOfLines(lines, runFirst, runLast, "signature");
    if (r !== null) {
      if (runFirst === first) r.start = Math.max(r.start, offset);
      if (r.end > r.start) regions.push(r);
    }
    runFirst = -1;
  };
  for (let k = first; k <= last; k++) {
    if (disclaimerLine.has(k)) {
      flush(k - 1);
    } else if (runFirst < 0) {
      runFirst = k;
    }
  }
  flush(last);
}
function normalise(regions) {
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const r of regions) {
    const prev = out[out.length - 1];
    if (prev !== void 0 && r.start < prev.end) {
      if (r.end <= prev.end) continue;
      r.start = prev.end;
    }
    if (r.end > r.start) out.push(r);
  }
  return out;
}

// src/core/attachments/check-attachment.ts
var MAIL_LIKE = /* @__PURE__ */ new Set(["eml", "msg", "txt"]);
function checkAttachmentContent(content) {
  const { attachment, name, extracted } = content;
  const facts = {
    ...content.contentType !== void 0 ? { contentType: content.contentType } : {},
    ...content.size !== void 0 ? { size: content.size } : {},
    ...content.sha256 !== void 0 ? { sha256: content.sha256 } : {}
  };
  if (extracted.kind === "unreadable") {
    return { attachment, name, ...facts, read: "unreadable", reason: extracted.reason, message: extracted.message, identifiers: [], personMentions: [], caseContent: [], specialCategory: [] };
  }
  const text = extracted.text;
  const skipped = MAIL_LIKE.has(extracted.format) ? findSkippedRegions(text) : [];
  const regions = searchRegionsFrom(skipped);
  const identifiers = findIdentifiers(text, regions);
  const specialCategory = findSpecialCategory(text, regions);
  const caseVocabulary = findCaseVocabulary(text, regions);
  const people = messagePeople({ body: text, regions, subject: "", attachments: [], from: void 0, recipients: [], specialCategory, caseVocabulary });
  const place = placer(extracted.regions);
  const inner = (extracted.inner ?? []).map((f) => checkAttachmentContent({ attachment, name: `${name} \u203A ${f.name}`, extracted: f.result }));
  return {
    attachment,
    name,
    ...facts,
    read: "text",
    ...extracted.truncated ? { truncated: true, message: `SafeShare read only the first part of '${name}': check the rest before you send it.` } : {},
    identifiers: placed(identifiers, place),
    // The body's scan labels its findings "body"; here they are the attachment's.
    personMentions: placed(people.personMentions, place, attachment),
    caseContent: placed(people.caseContent, place, attachment),
    specialCategory: placed(specialCategory, place),
    ...inner.length ? { inner } : {}
  };
}
function placed(items, place, attachment) {
  for (const item of items) {
    item.where = place(item.start);
    if (attachment !== void 0) {
      item.in = "attachment";
      item.attachment = attachment;
    }
  }
  return items;
}
function placer(regions) {
  return (offset) => {
    let lo = 0;
    let hi = regions.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const r = regions[mid];
      if (r.start <= offset) {
        found = r;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found?.where ?? "";
  };
}

// bench/sample-text.ts
var SENTENCES = [
  "I visited the family home on 12 March at 16:10 with PC Jones.",
  "Chloe (DOB 12/03/2015) answered the door and said mum was asleep upstairs.",
  "The kitchen had no food in the fridge and there were six cans of lager on the floor.",
  "I think mum is struggling to cope since the baby was born.",
  "The school reports that Oscar has been absent for nine of the last twenty days.",
  "Apparently the children's father has returned to the area.",
  "CAMHS have been asked to assess Chloe following the disclosure.",
  "Mr Osei is aggressive and controlling towards professionals.",
  "The GP confirmed that mum has been prescribed antidepressants.",
  "NHS number 943 476 5919 is recorded on the referral form.",
  "1. Strategy discussion to be held on Thursday at 10.30.",
  "2. Dr. Patel will share the paediatric assessment, e.g. the body map.",
  "In my view the family would benefit from a Team Around the Family.",
  "It is likely that Oscar is caring for his younger sister.",
  "Mum can be reached on 07700 900123 or at 14 Acacia Road, AL1 3XY.",
  "Oscar's teacher thinks he is being kept off school to look after his sister."
];
function sampleEmail(words) {
  const parts = ["Dear Sarah,", ""];
  let count = 2;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length];
    parts.push(i % 5 === 4 ? `${s}
` : s);
    count += s.split(/\s+/).length;
  }
  parts.push("", "Kind regards", "Jo Smith", "Senior Social Worker, Children's Services", "Tel: 01707 000000");
  return parts.join(" ");
}

// bench/office-files.ts
var xmlText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var WORD_NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"';
var CONTENT_TYPES2 = (parts) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>${parts}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
function xorshift(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}
function ids(seed) {
  const next = xorshift(seed);
  return () => next().toString(16).toUpperCase().padStart(8, "0");
}
var styleNames = (count) => Array.from({ length: count }, (_, i) => ["Normal", "heading", "toc", "index", "List Bullet", "List Number", "Table Grid", "Light Shading", "Medium List", "Grid Table"][i % 10] + (i < 10 ? "" : ` ${Math.floor(i / 10)}`));
function wordStyles() {
  const latent = styleNames(376).map((n, i) => `<w:lsdException w:name="${n}" w:uiPriority="${i % 99}"${i % 3 ? ' w:semiHidden="1" w:unhideWhenUsed="1"' : ""}${i % 7 ? "" : ' w:qFormat="1"'}/>`).join("");
  const styles = styleNames(24).map((n, i) => `<w:style w:type="${i % 4 ? "paragraph" : "character"}" w:styleId="S${i}"><w:name w:val="${n}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="${i}"/><w:qFormat/><w:rsid w:val="00${i}A1B2C"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="${i % 9}"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:styles ${WORD_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">${latent}</w:latentStyles>${styles}</w:styles>`;
}
function officeTheme() {
  const colours = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"].map((c, i) => `<a:${c}><a:srgbClr val="${(4478058 + i * 66051).toString(16).slice(-6).toUpperCase()}"/></a:${c}>`).join("");
  const scripts = ["Jpan", "Hang", "Hans", "Hant", "Arab", "Hebr", "Thai", "Ethi", "Beng", "Gujr", "Khmr", "Knda", "Guru", "Cans", "Cher", "Yiii", "Tibt", "Thaa", "Deva", "Telu", "Taml", "Syrc", "Orya", "Mlym", "Laoo", "Sinh", "Mong", "Viet", "Uigh", "Geor", "Armn", "Bugi", "Bopo", "Java", "Lisu", "Mymr", "Nkoo", "Olck", "Osma", "Phag", "Syrn", "Syrj", "Syre", "Sora", "Tale", "Talu", "Tfng"];
  const fonts = (latin) => `<a:latin typeface="${latin}" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/>${scripts.map((s) => `<a:font script="${s}" typeface="${s} Font"/>`).join("")}`;
  const fill = (n) => `<a:gradFill rotWithShape="1"><a:gsLst>${[0, 5e4, 1e5].map((p) => `<a:gs pos="${p}"><a:schemeClr val="phClr"><a:lumMod val="${1e5 - n * 1e3}"/><a:satMod val="103000"/><a:tint val="${67e3 + p / 10}"/></a:schemeClr></a:gs>`).join("")}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office">${colours}</a:clrScheme><a:fontScheme name="Office"><a:majorFont>${fonts("Calibri Light")}</a:majorFont><a:minorFont>${fonts("Calibri")}</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>${fill(1)}${fill(2)}</a:fillStyleLst><a:lnStyleLst>${[6350, 12700, 19050].map((w) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`).join("")}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>${fill(3)}${fill(4)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}
var DOC_PROPS = {
  "docProps/core.xml": strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Jo Smith</dc:creator><cp:lastModifiedBy>Jo Smith</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T16:40:00Z</dcterms:modified></cp:coreProperties>'
  ),
  "docProps/app.xml": strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>94</TotalTime><Pages>10</Pages><Words>5000</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>240</Lines><Paragraphs>60</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
  )
};
function wordRuns(paragraph, nextId) {
  const words = paragraph.split(" ");
  const rPr = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>';
  let out = "";
  for (let i = 0, n = 0; i < words.length; i += 8, n++) {
    const text = words.slice(i, i + 8).join(" ") + (i + 8 < words.length ? " " : "");
    const proofing = n % 3 === 2;
    out += `${proofing ? '<w:proofErr w:type="spellStart"/>' : ""}<w:r w:rsidRPr="${nextId()}">${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>${proofing ? '<w:proofErr w:type="spellEnd"/>' : ""}`;
  }
  return out;
}
function wordDocument(pages, imageBytes = 0) {
  const nextId = ids(pages * 7919 + 1);
  const paragraphs = sampleEmail(pages * 500).split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const pPr = '<w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:pPr>';
  const body = paragraphs.map((p, i) => `<w:p w14:paraId="${nextId()}" w14:textId="77777777" w:rsidR="${nextId()}" w:rsidRDefault="${nextId()}" w:rsidP="${nextId()}">${pPr}${i === 0 ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : ""}${wordRuns(p, nextId)}</w:p>`).join("");
  const sectPr = '<w:sectPr w:rsidR="00B41C2E"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  const rel = (id, type, target) => `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files = {
    "[Content_Types].xml": strToU8(
      CONTENT_TYPES2(
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
      )
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(1, "styles", "styles.xml")}${rel(2, "settings", "settings.xml")}${rel(3, "webSettings", "webSettings.xml")}${rel(4, "fontTable", "fontTable.xml")}${rel(5, "theme", "theme/theme1.xml")}${imageBytes ? rel(6, "image", "media/image1.jpeg") : ""}</Relationships>`
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:document ${WORD_NS}><w:body>${body}${sectPr}</w:body></w:document>`),
    "word/styles.xml": strToU8(wordStyles()),
    "word/theme/theme1.xml": strToU8(officeTheme()),
    "word/settings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:settings ${WORD_NS}><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids>${Array.from({ length: 40 }, () => `<w:rsid w:val="${nextId()}"/>`).join("")}</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w15:docId w15:val="{6A1B2C3D-0000-4E5F-8A9B-0C1D2E3F4A5B}"/></w:settings>`
    ),
    "word/webSettings.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:webSettings ${WORD_NS}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>`),
    "word/fontTable.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
<w:fonts ${WORD_NS}>${["Arial", "Calibri", "Times New Roman", "Calibri Light"].map((f) => `<w:font w:name="${f}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>`).join("")}</w:fonts>`
    ),
    ...DOC_PROPS
  };
  if (imageBytes > 0) {
    const image = new Uint8Array(imageBytes);
    const next = xorshift(2463534242);
    for (let i = 0; i < image.length; i++) image[i] = next() & 255;
    files["word/media/image1.jpeg"] = [image, { level: 0 }];
  }
  return zipSync(files);
}

// ../tools/docxcheckprof.ts
async function main() {
  const file = { name: "a.docx", bytes: wordDocument(10) };
  const ex = await extractAttachment(file, { ...DEFAULT_LIMITS, now: () => performance.now() });
  const N = +(process.env.N ?? 2e3);
  const xs = [];
  for (let i = 0; i < N; i++) {
    const a = performance.now();
    checkAttachmentContent({ attachment: 0, name: "a", extracted: ex });
    xs.push(performance.now() - a);
  }
  xs.sort((a, b) => a - b);
  console.log("check median", xs[N >> 1].toFixed(3));
}
main();
async function info() {
  const file = { name: "a.docx", bytes: wordDocument(10) };
  const ex = await extractAttachment(file, { ...DEFAULT_LIMITS, now: () => performance.now() });
  const r = checkAttachmentContent({ attachment: 0, name: "a", extracted: ex });
  console.log("regions", ex.regions.length, "ids", r.identifiers.length, "pm", r.personMentions.length, "cc", r.caseContent.length, "sc", r.specialCategory.length);
}
info();
async function info2() {
  const file = { name: "a.docx", bytes: wordDocument(10) };
  const ex = await extractAttachment(file, { ...DEFAULT_LIMITS, now: () => performance.now() });
  const r = checkAttachmentContent({ attachment: 0, name: "a", extracted: ex });
  console.log("last case", r.caseContent.at(-1)?.end, "last pm", r.personMentions.at(-1)?.end, ex.text.length);
  console.log(ex.text.slice(0, 1500));
}
info2();
/*! Bundled license information:

xmlchars/xml/1.0/ed5.js:
  (**
   * Character classes and associated utilities for the 5th edition of XML 1.0.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

xmlchars/xml/1.1/ed2.js:
  (**
   * Character classes and associated utilities for the 2nd edition of XML 1.1.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)

xmlchars/xmlns/1.0/ed3.js:
  (**
   * Character class utilities for XML NS 1.0 edition 3.
   *
   * @author Louis-Dominique Dubeau
   * @license MIT
   * @copyright Louis-Dominique Dubeau
   *)
*/
