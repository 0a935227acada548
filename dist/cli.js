#!/usr/bin/env node
import { createRequire as __orchestratorCreateRequire } from "node:module";
const require = __orchestratorCreateRequire(import.meta.url);
import {
  abortOnSignals,
  asksForRun,
  printProblems,
  readInputs,
  runRequest
} from "./chunks/chunk-QIW5OQJV.js";
import {
  ExitCode
} from "./chunks/chunk-JBMVGVPA.js";
import {
  styleFor,
  table
} from "./chunks/chunk-5SM3VJ5H.js";
import {
  neutralise
} from "./chunks/chunk-4FFY6RUW.js";
import {
  require_lib
} from "./chunks/chunk-HXM76X25.js";
import {
  errorMessage
} from "./chunks/chunk-FL7PZ6ZF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-HKHRZ4CP.js";

// node_modules/clipanion/lib/constants.js
var require_constants = __commonJS({
  "node_modules/clipanion/lib/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var NODE_INITIAL = 0;
    var NODE_SUCCESS = 1;
    var NODE_ERRORED = 2;
    var START_OF_INPUT = ``;
    var END_OF_INPUT = `\0`;
    var HELP_COMMAND_INDEX = -1;
    var HELP_REGEX = /^(-h|--help)(?:=([0-9]+))?$/;
    var OPTION_REGEX = /^(--[a-z]+(?:-[a-z]+)*|-[a-zA-Z]+)$/;
    var BATCH_REGEX = /^-[a-zA-Z]{2,}$/;
    var BINDING_REGEX = /^([^=]+)=([\s\S]*)$/;
    var DEBUG = process.env.DEBUG_CLI === `1`;
    exports.BATCH_REGEX = BATCH_REGEX;
    exports.BINDING_REGEX = BINDING_REGEX;
    exports.DEBUG = DEBUG;
    exports.END_OF_INPUT = END_OF_INPUT;
    exports.HELP_COMMAND_INDEX = HELP_COMMAND_INDEX;
    exports.HELP_REGEX = HELP_REGEX;
    exports.NODE_ERRORED = NODE_ERRORED;
    exports.NODE_INITIAL = NODE_INITIAL;
    exports.NODE_SUCCESS = NODE_SUCCESS;
    exports.OPTION_REGEX = OPTION_REGEX;
    exports.START_OF_INPUT = START_OF_INPUT;
  }
});

// node_modules/clipanion/lib/errors.js
var require_errors = __commonJS({
  "node_modules/clipanion/lib/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var constants = require_constants();
    var UsageError2 = class extends Error {
      constructor(message) {
        super(message);
        this.clipanion = { type: `usage` };
        this.name = `UsageError`;
      }
    };
    var UnknownSyntaxError = class extends Error {
      constructor(input, candidates) {
        super();
        this.input = input;
        this.candidates = candidates;
        this.clipanion = { type: `none` };
        this.name = `UnknownSyntaxError`;
        if (this.candidates.length === 0) {
          this.message = `Command not found, but we're not sure what's the alternative.`;
        } else if (this.candidates.every((candidate) => candidate.reason !== null && candidate.reason === candidates[0].reason)) {
          const [{ reason }] = this.candidates;
          this.message = `${reason}

${this.candidates.map(({ usage }) => `$ ${usage}`).join(`
`)}`;
        } else if (this.candidates.length === 1) {
          const [{ usage }] = this.candidates;
          this.message = `Command not found; did you mean:

$ ${usage}
${whileRunning(input)}`;
        } else {
          this.message = `Command not found; did you mean one of:

${this.candidates.map(({ usage }, index) => {
            return `${`${index}.`.padStart(4)} ${usage}`;
          }).join(`
`)}

${whileRunning(input)}`;
        }
      }
    };
    var AmbiguousSyntaxError = class extends Error {
      constructor(input, usages) {
        super();
        this.input = input;
        this.usages = usages;
        this.clipanion = { type: `none` };
        this.name = `AmbiguousSyntaxError`;
        this.message = `Cannot find which to pick amongst the following alternatives:

${this.usages.map((usage, index) => {
          return `${`${index}.`.padStart(4)} ${usage}`;
        }).join(`
`)}

${whileRunning(input)}`;
      }
    };
    var whileRunning = (input) => `While running ${input.filter((token) => {
      return token !== constants.END_OF_INPUT;
    }).map((token) => {
      const json = JSON.stringify(token);
      if (token.match(/\s/) || token.length === 0 || json !== `"${token}"`) {
        return json;
      } else {
        return token;
      }
    }).join(` `)}`;
    exports.AmbiguousSyntaxError = AmbiguousSyntaxError;
    exports.UnknownSyntaxError = UnknownSyntaxError;
    exports.UsageError = UsageError2;
  }
});

// node_modules/clipanion/lib/format.js
var require_format = __commonJS({
  "node_modules/clipanion/lib/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var MAX_LINE_LENGTH = 80;
    var richLine = Array(MAX_LINE_LENGTH).fill(`\u2501`);
    for (let t3 = 0; t3 <= 24; ++t3)
      richLine[richLine.length - t3] = `\x1B[38;5;${232 + t3}m\u2501`;
    var richFormat = {
      header: (str) => `\x1B[1m\u2501\u2501\u2501 ${str}${str.length < MAX_LINE_LENGTH - 5 ? ` ${richLine.slice(str.length + 5).join(``)}` : `:`}\x1B[0m`,
      bold: (str) => `\x1B[1m${str}\x1B[22m`,
      error: (str) => `\x1B[31m\x1B[1m${str}\x1B[22m\x1B[39m`,
      code: (str) => `\x1B[36m${str}\x1B[39m`
    };
    var textFormat = {
      header: (str) => str,
      bold: (str) => str,
      error: (str) => str,
      code: (str) => str
    };
    function dedent(text) {
      const lines = text.split(`
`);
      const nonEmptyLines = lines.filter((line) => line.match(/\S/));
      const indent = nonEmptyLines.length > 0 ? nonEmptyLines.reduce((minLength, line) => Math.min(minLength, line.length - line.trimStart().length), Number.MAX_VALUE) : 0;
      return lines.map((line) => line.slice(indent).trimRight()).join(`
`);
    }
    function formatMarkdownish(text, { format, paragraphs }) {
      text = text.replace(/\r\n?/g, `
`);
      text = dedent(text);
      text = text.replace(/^\n+|\n+$/g, ``);
      text = text.replace(/^(\s*)-([^\n]*?)\n+/gm, `$1-$2

`);
      text = text.replace(/\n(\n)?\n*/g, ($0, $1) => $1 ? $1 : ` `);
      if (paragraphs) {
        text = text.split(/\n/).map((paragraph) => {
          const bulletMatch = paragraph.match(/^\s*[*-][\t ]+(.*)/);
          if (!bulletMatch)
            return paragraph.match(/(.{1,80})(?: |$)/g).join(`
`);
          const indent = paragraph.length - paragraph.trimStart().length;
          return bulletMatch[1].match(new RegExp(`(.{1,${78 - indent}})(?: |$)`, `g`)).map((line, index) => {
            return ` `.repeat(indent) + (index === 0 ? `- ` : `  `) + line;
          }).join(`
`);
        }).join(`

`);
      }
      text = text.replace(/(`+)((?:.|[\n])*?)\1/g, ($0, $1, $2) => {
        return format.code($1 + $2 + $1);
      });
      text = text.replace(/(\*\*)((?:.|[\n])*?)\1/g, ($0, $1, $2) => {
        return format.bold($1 + $2 + $1);
      });
      return text ? `${text}
` : ``;
    }
    exports.formatMarkdownish = formatMarkdownish;
    exports.richFormat = richFormat;
    exports.textFormat = textFormat;
  }
});

// node_modules/clipanion/lib/advanced/options/utils.js
var require_utils = __commonJS({
  "node_modules/clipanion/lib/advanced/options/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var errors = require_errors();
    var isOptionSymbol = /* @__PURE__ */ Symbol(`clipanion/isOption`);
    function makeCommandOption(spec) {
      return { ...spec, [isOptionSymbol]: true };
    }
    function rerouteArguments(a, b) {
      if (typeof a === `undefined`)
        return [a, b];
      if (typeof a === `object` && a !== null && !Array.isArray(a)) {
        return [void 0, a];
      } else {
        return [a, b];
      }
    }
    function cleanValidationError(message, { mergeName = false } = {}) {
      const match = message.match(/^([^:]+): (.*)$/m);
      if (!match)
        return `validation failed`;
      let [, path, line] = match;
      if (mergeName)
        line = line[0].toLowerCase() + line.slice(1);
      line = path !== `.` || !mergeName ? `${path.replace(/^\.(\[|$)/, `$1`)}: ${line}` : `: ${line}`;
      return line;
    }
    function formatError(message, errors$1) {
      if (errors$1.length === 1) {
        return new errors.UsageError(`${message}${cleanValidationError(errors$1[0], { mergeName: true })}`);
      } else {
        return new errors.UsageError(`${message}:
${errors$1.map((error) => `
- ${cleanValidationError(error)}`).join(``)}`);
      }
    }
    function applyValidator(name, value, validator) {
      if (typeof validator === `undefined`)
        return value;
      const errors2 = [];
      const coercions = [];
      const coercion = (v) => {
        const orig = value;
        value = v;
        return coercion.bind(null, orig);
      };
      const check = validator(value, { errors: errors2, coercions, coercion });
      if (!check)
        throw formatError(`Invalid value for ${name}`, errors2);
      for (const [, op] of coercions)
        op();
      return value;
    }
    exports.applyValidator = applyValidator;
    exports.cleanValidationError = cleanValidationError;
    exports.formatError = formatError;
    exports.isOptionSymbol = isOptionSymbol;
    exports.makeCommandOption = makeCommandOption;
    exports.rerouteArguments = rerouteArguments;
  }
});

// node_modules/clipanion/lib/advanced/Command.js
var require_Command = __commonJS({
  "node_modules/clipanion/lib/advanced/Command.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_options_utils = require_utils();
    function _interopNamespace(e) {
      if (e && e.__esModule) return e;
      var n = /* @__PURE__ */ Object.create(null);
      if (e) {
        Object.keys(e).forEach(function(k) {
          if (k !== "default") {
            var d = Object.getOwnPropertyDescriptor(e, k);
            Object.defineProperty(n, k, d.get ? d : {
              enumerable: true,
              get: function() {
                return e[k];
              }
            });
          }
        });
      }
      n["default"] = e;
      return Object.freeze(n);
    }
    var Command12 = class {
      constructor() {
        this.help = false;
      }
      /**
       * Defines the usage information for the given command.
       */
      static Usage(usage) {
        return usage;
      }
      /**
       * Standard error handler which will simply rethrow the error. Can be used
       * to add custom logic to handle errors from the command or simply return
       * the parent class error handling.
       */
      async catch(error) {
        throw error;
      }
      async validateAndExecute() {
        const commandClass = this.constructor;
        const cascade = commandClass.schema;
        if (Array.isArray(cascade)) {
          const { isDict, isUnknown, applyCascade } = await Promise.resolve().then(function() {
            return /* @__PURE__ */ _interopNamespace(require_lib());
          });
          const schema = applyCascade(isDict(isUnknown()), cascade);
          const errors = [];
          const coercions = [];
          const check = schema(this, { errors, coercions });
          if (!check)
            throw advanced_options_utils.formatError(`Invalid option schema`, errors);
          for (const [, op] of coercions) {
            op();
          }
        } else if (cascade != null) {
          throw new Error(`Invalid command schema`);
        }
        const exitCode = await this.execute();
        if (typeof exitCode !== `undefined`) {
          return exitCode;
        } else {
          return 0;
        }
      }
    };
    Command12.isOption = advanced_options_utils.isOptionSymbol;
    Command12.Default = [];
    exports.Command = Command12;
  }
});

// node_modules/clipanion/lib/core.js
var require_core = __commonJS({
  "node_modules/clipanion/lib/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var constants = require_constants();
    var errors = require_errors();
    function debug(str) {
      if (constants.DEBUG) {
        console.log(str);
      }
    }
    var basicHelpState = {
      candidateUsage: null,
      requiredOptions: [],
      errorMessage: null,
      ignoreOptions: false,
      path: [],
      positionals: [],
      options: [],
      remainder: null,
      selectedIndex: constants.HELP_COMMAND_INDEX
    };
    function makeStateMachine() {
      return {
        nodes: [makeNode(), makeNode(), makeNode()]
      };
    }
    function makeAnyOfMachine(inputs) {
      const output = makeStateMachine();
      const heads = [];
      let offset = output.nodes.length;
      for (const input of inputs) {
        heads.push(offset);
        for (let t3 = 0; t3 < input.nodes.length; ++t3)
          if (!isTerminalNode(t3))
            output.nodes.push(cloneNode(input.nodes[t3], offset));
        offset += input.nodes.length - 2;
      }
      for (const head of heads)
        registerShortcut(output, constants.NODE_INITIAL, head);
      return output;
    }
    function injectNode(machine, node) {
      machine.nodes.push(node);
      return machine.nodes.length - 1;
    }
    function simplifyMachine(input) {
      const visited = /* @__PURE__ */ new Set();
      const process2 = (node) => {
        if (visited.has(node))
          return;
        visited.add(node);
        const nodeDef = input.nodes[node];
        for (const transitions of Object.values(nodeDef.statics))
          for (const { to } of transitions)
            process2(to);
        for (const [, { to }] of nodeDef.dynamics)
          process2(to);
        for (const { to } of nodeDef.shortcuts)
          process2(to);
        const shortcuts = new Set(nodeDef.shortcuts.map(({ to }) => to));
        while (nodeDef.shortcuts.length > 0) {
          const { to } = nodeDef.shortcuts.shift();
          const toDef = input.nodes[to];
          for (const [segment, transitions] of Object.entries(toDef.statics)) {
            const store = !Object.prototype.hasOwnProperty.call(nodeDef.statics, segment) ? nodeDef.statics[segment] = [] : nodeDef.statics[segment];
            for (const transition of transitions) {
              if (!store.some(({ to: to2 }) => transition.to === to2)) {
                store.push(transition);
              }
            }
          }
          for (const [test, transition] of toDef.dynamics)
            if (!nodeDef.dynamics.some(([otherTest, { to: to2 }]) => test === otherTest && transition.to === to2))
              nodeDef.dynamics.push([test, transition]);
          for (const transition of toDef.shortcuts) {
            if (!shortcuts.has(transition.to)) {
              nodeDef.shortcuts.push(transition);
              shortcuts.add(transition.to);
            }
          }
        }
      };
      process2(constants.NODE_INITIAL);
    }
    function debugMachine(machine, { prefix = `` } = {}) {
      if (constants.DEBUG) {
        debug(`${prefix}Nodes are:`);
        for (let t3 = 0; t3 < machine.nodes.length; ++t3) {
          debug(`${prefix}  ${t3}: ${JSON.stringify(machine.nodes[t3])}`);
        }
      }
    }
    function runMachineInternal(machine, input, partial = false) {
      debug(`Running a vm on ${JSON.stringify(input)}`);
      let branches = [{ node: constants.NODE_INITIAL, state: {
        candidateUsage: null,
        requiredOptions: [],
        errorMessage: null,
        ignoreOptions: false,
        options: [],
        path: [],
        positionals: [],
        remainder: null,
        selectedIndex: null
      } }];
      debugMachine(machine, { prefix: `  ` });
      const tokens = [constants.START_OF_INPUT, ...input];
      for (let t3 = 0; t3 < tokens.length; ++t3) {
        const segment = tokens[t3];
        debug(`  Processing ${JSON.stringify(segment)}`);
        const nextBranches = [];
        for (const { node, state } of branches) {
          debug(`    Current node is ${node}`);
          const nodeDef = machine.nodes[node];
          if (node === constants.NODE_ERRORED) {
            nextBranches.push({ node, state });
            continue;
          }
          console.assert(nodeDef.shortcuts.length === 0, `Shortcuts should have been eliminated by now`);
          const hasExactMatch = Object.prototype.hasOwnProperty.call(nodeDef.statics, segment);
          if (!partial || t3 < tokens.length - 1 || hasExactMatch) {
            if (hasExactMatch) {
              const transitions = nodeDef.statics[segment];
              for (const { to, reducer } of transitions) {
                nextBranches.push({ node: to, state: typeof reducer !== `undefined` ? execute(reducers, reducer, state, segment) : state });
                debug(`      Static transition to ${to} found`);
              }
            } else {
              debug(`      No static transition found`);
            }
          } else {
            let hasMatches = false;
            for (const candidate of Object.keys(nodeDef.statics)) {
              if (!candidate.startsWith(segment))
                continue;
              if (segment === candidate) {
                for (const { to, reducer } of nodeDef.statics[candidate]) {
                  nextBranches.push({ node: to, state: typeof reducer !== `undefined` ? execute(reducers, reducer, state, segment) : state });
                  debug(`      Static transition to ${to} found`);
                }
              } else {
                for (const { to } of nodeDef.statics[candidate]) {
                  nextBranches.push({ node: to, state: { ...state, remainder: candidate.slice(segment.length) } });
                  debug(`      Static transition to ${to} found (partial match)`);
                }
              }
              hasMatches = true;
            }
            if (!hasMatches) {
              debug(`      No partial static transition found`);
            }
          }
          if (segment !== constants.END_OF_INPUT) {
            for (const [test, { to, reducer }] of nodeDef.dynamics) {
              if (execute(tests, test, state, segment)) {
                nextBranches.push({ node: to, state: typeof reducer !== `undefined` ? execute(reducers, reducer, state, segment) : state });
                debug(`      Dynamic transition to ${to} found (via ${test})`);
              }
            }
          }
        }
        if (nextBranches.length === 0 && segment === constants.END_OF_INPUT && input.length === 1) {
          return [{
            node: constants.NODE_INITIAL,
            state: basicHelpState
          }];
        }
        if (nextBranches.length === 0) {
          throw new errors.UnknownSyntaxError(input, branches.filter(({ node }) => {
            return node !== constants.NODE_ERRORED;
          }).map(({ state }) => {
            return { usage: state.candidateUsage, reason: null };
          }));
        }
        if (nextBranches.every(({ node }) => node === constants.NODE_ERRORED)) {
          throw new errors.UnknownSyntaxError(input, nextBranches.map(({ state }) => {
            return { usage: state.candidateUsage, reason: state.errorMessage };
          }));
        }
        branches = trimSmallerBranches(nextBranches);
      }
      if (branches.length > 0) {
        debug(`  Results:`);
        for (const branch of branches) {
          debug(`    - ${branch.node} -> ${JSON.stringify(branch.state)}`);
        }
      } else {
        debug(`  No results`);
      }
      return branches;
    }
    function checkIfNodeIsFinished(node, state) {
      if (state.selectedIndex !== null)
        return true;
      if (Object.prototype.hasOwnProperty.call(node.statics, constants.END_OF_INPUT)) {
        for (const { to } of node.statics[constants.END_OF_INPUT])
          if (to === constants.NODE_SUCCESS)
            return true;
      }
      return false;
    }
    function suggestMachine(machine, input, partial) {
      const prefix = partial && input.length > 0 ? [``] : [];
      const branches = runMachineInternal(machine, input, partial);
      const suggestions = [];
      const suggestionsJson = /* @__PURE__ */ new Set();
      const traverseSuggestion = (suggestion, node, skipFirst = true) => {
        let nextNodes = [node];
        while (nextNodes.length > 0) {
          const currentNodes = nextNodes;
          nextNodes = [];
          for (const node2 of currentNodes) {
            const nodeDef = machine.nodes[node2];
            const keys = Object.keys(nodeDef.statics);
            for (const key of Object.keys(nodeDef.statics)) {
              const segment = keys[0];
              for (const { to, reducer } of nodeDef.statics[segment]) {
                if (reducer !== `pushPath`)
                  continue;
                if (!skipFirst)
                  suggestion.push(segment);
                nextNodes.push(to);
              }
            }
          }
          skipFirst = false;
        }
        const json = JSON.stringify(suggestion);
        if (suggestionsJson.has(json))
          return;
        suggestions.push(suggestion);
        suggestionsJson.add(json);
      };
      for (const { node, state } of branches) {
        if (state.remainder !== null) {
          traverseSuggestion([state.remainder], node);
          continue;
        }
        const nodeDef = machine.nodes[node];
        const isFinished = checkIfNodeIsFinished(nodeDef, state);
        for (const [candidate, transitions] of Object.entries(nodeDef.statics))
          if (isFinished && candidate !== constants.END_OF_INPUT || !candidate.startsWith(`-`) && transitions.some(({ reducer }) => reducer === `pushPath`))
            traverseSuggestion([...prefix, candidate], node);
        if (!isFinished)
          continue;
        for (const [test, { to }] of nodeDef.dynamics) {
          if (to === constants.NODE_ERRORED)
            continue;
          const tokens = suggest(test, state);
          if (tokens === null)
            continue;
          for (const token of tokens) {
            traverseSuggestion([...prefix, token], node);
          }
        }
      }
      return [...suggestions].sort();
    }
    function runMachine(machine, input) {
      const branches = runMachineInternal(machine, [...input, constants.END_OF_INPUT]);
      return selectBestState(input, branches.map(({ state }) => {
        return state;
      }));
    }
    function trimSmallerBranches(branches) {
      let maxPathSize = 0;
      for (const { state } of branches)
        if (state.path.length > maxPathSize)
          maxPathSize = state.path.length;
      return branches.filter(({ state }) => {
        return state.path.length === maxPathSize;
      });
    }
    function selectBestState(input, states) {
      const terminalStates = states.filter((state) => {
        return state.selectedIndex !== null;
      });
      if (terminalStates.length === 0)
        throw new Error();
      const requiredOptionsSetStates = terminalStates.filter((state) => state.selectedIndex === constants.HELP_COMMAND_INDEX || state.requiredOptions.every((names) => names.some((name) => state.options.find((opt) => opt.name === name))));
      if (requiredOptionsSetStates.length === 0) {
        throw new errors.UnknownSyntaxError(input, terminalStates.map((state) => ({
          usage: state.candidateUsage,
          reason: null
        })));
      }
      let maxPathSize = 0;
      for (const state of requiredOptionsSetStates)
        if (state.path.length > maxPathSize)
          maxPathSize = state.path.length;
      const bestPathBranches = requiredOptionsSetStates.filter((state) => {
        return state.path.length === maxPathSize;
      });
      const getPositionalCount = (state) => state.positionals.filter(({ extra }) => {
        return !extra;
      }).length + state.options.length;
      const statesWithPositionalCount = bestPathBranches.map((state) => {
        return { state, positionalCount: getPositionalCount(state) };
      });
      let maxPositionalCount = 0;
      for (const { positionalCount } of statesWithPositionalCount)
        if (positionalCount > maxPositionalCount)
          maxPositionalCount = positionalCount;
      const bestPositionalStates = statesWithPositionalCount.filter(({ positionalCount }) => {
        return positionalCount === maxPositionalCount;
      }).map(({ state }) => {
        return state;
      });
      const fixedStates = aggregateHelpStates(bestPositionalStates);
      if (fixedStates.length > 1)
        throw new errors.AmbiguousSyntaxError(input, fixedStates.map((state) => state.candidateUsage));
      return fixedStates[0];
    }
    function aggregateHelpStates(states) {
      const notHelps = [];
      const helps = [];
      for (const state of states) {
        if (state.selectedIndex === constants.HELP_COMMAND_INDEX) {
          helps.push(state);
        } else {
          notHelps.push(state);
        }
      }
      if (helps.length > 0) {
        notHelps.push({
          ...basicHelpState,
          path: findCommonPrefix(...helps.map((state) => state.path)),
          options: helps.reduce((options, state) => options.concat(state.options), [])
        });
      }
      return notHelps;
    }
    function findCommonPrefix(firstPath, secondPath, ...rest) {
      if (secondPath === void 0)
        return Array.from(firstPath);
      return findCommonPrefix(firstPath.filter((segment, i) => segment === secondPath[i]), ...rest);
    }
    function makeNode() {
      return {
        dynamics: [],
        shortcuts: [],
        statics: {}
      };
    }
    function isTerminalNode(node) {
      return node === constants.NODE_SUCCESS || node === constants.NODE_ERRORED;
    }
    function cloneTransition(input, offset = 0) {
      return {
        to: !isTerminalNode(input.to) ? input.to > 2 ? input.to + offset - 2 : input.to + offset : input.to,
        reducer: input.reducer
      };
    }
    function cloneNode(input, offset = 0) {
      const output = makeNode();
      for (const [test, transition] of input.dynamics)
        output.dynamics.push([test, cloneTransition(transition, offset)]);
      for (const transition of input.shortcuts)
        output.shortcuts.push(cloneTransition(transition, offset));
      for (const [segment, transitions] of Object.entries(input.statics))
        output.statics[segment] = transitions.map((transition) => cloneTransition(transition, offset));
      return output;
    }
    function registerDynamic(machine, from, test, to, reducer) {
      machine.nodes[from].dynamics.push([
        test,
        { to, reducer }
      ]);
    }
    function registerShortcut(machine, from, to, reducer) {
      machine.nodes[from].shortcuts.push({ to, reducer });
    }
    function registerStatic(machine, from, test, to, reducer) {
      const store = !Object.prototype.hasOwnProperty.call(machine.nodes[from].statics, test) ? machine.nodes[from].statics[test] = [] : machine.nodes[from].statics[test];
      store.push({ to, reducer });
    }
    function execute(store, callback, state, segment) {
      if (Array.isArray(callback)) {
        const [name, ...args] = callback;
        return store[name](state, segment, ...args);
      } else {
        return store[callback](state, segment);
      }
    }
    function suggest(callback, state) {
      const fn = Array.isArray(callback) ? tests[callback[0]] : tests[callback];
      if (typeof fn.suggest === `undefined`)
        return null;
      const args = Array.isArray(callback) ? callback.slice(1) : [];
      return fn.suggest(state, ...args);
    }
    var tests = {
      always: () => {
        return true;
      },
      isOptionLike: (state, segment) => {
        return !state.ignoreOptions && (segment !== `-` && segment.startsWith(`-`));
      },
      isNotOptionLike: (state, segment) => {
        return state.ignoreOptions || segment === `-` || !segment.startsWith(`-`);
      },
      isOption: (state, segment, name, hidden) => {
        return !state.ignoreOptions && segment === name;
      },
      isBatchOption: (state, segment, names) => {
        return !state.ignoreOptions && constants.BATCH_REGEX.test(segment) && [...segment.slice(1)].every((name) => names.includes(`-${name}`));
      },
      isBoundOption: (state, segment, names, options) => {
        const optionParsing = segment.match(constants.BINDING_REGEX);
        return !state.ignoreOptions && !!optionParsing && constants.OPTION_REGEX.test(optionParsing[1]) && names.includes(optionParsing[1]) && options.filter((opt) => opt.names.includes(optionParsing[1])).every((opt) => opt.allowBinding);
      },
      isNegatedOption: (state, segment, name) => {
        return !state.ignoreOptions && segment === `--no-${name.slice(2)}`;
      },
      isHelp: (state, segment) => {
        return !state.ignoreOptions && constants.HELP_REGEX.test(segment);
      },
      isUnsupportedOption: (state, segment, names) => {
        return !state.ignoreOptions && segment.startsWith(`-`) && constants.OPTION_REGEX.test(segment) && !names.includes(segment);
      },
      isInvalidOption: (state, segment) => {
        return !state.ignoreOptions && segment.startsWith(`-`) && !constants.OPTION_REGEX.test(segment);
      }
    };
    tests.isOption.suggest = (state, name, hidden = true) => {
      return !hidden ? [name] : null;
    };
    var reducers = {
      setCandidateState: (state, segment, candidateState) => {
        return { ...state, ...candidateState };
      },
      setSelectedIndex: (state, segment, index) => {
        return { ...state, selectedIndex: index };
      },
      pushBatch: (state, segment) => {
        return { ...state, options: state.options.concat([...segment.slice(1)].map((name) => ({ name: `-${name}`, value: true }))) };
      },
      pushBound: (state, segment) => {
        const [, name, value] = segment.match(constants.BINDING_REGEX);
        return { ...state, options: state.options.concat({ name, value }) };
      },
      pushPath: (state, segment) => {
        return { ...state, path: state.path.concat(segment) };
      },
      pushPositional: (state, segment) => {
        return { ...state, positionals: state.positionals.concat({ value: segment, extra: false }) };
      },
      pushExtra: (state, segment) => {
        return { ...state, positionals: state.positionals.concat({ value: segment, extra: true }) };
      },
      pushExtraNoLimits: (state, segment) => {
        return { ...state, positionals: state.positionals.concat({ value: segment, extra: NoLimits }) };
      },
      pushTrue: (state, segment, name = segment) => {
        return { ...state, options: state.options.concat({ name: segment, value: true }) };
      },
      pushFalse: (state, segment, name = segment) => {
        return { ...state, options: state.options.concat({ name, value: false }) };
      },
      pushUndefined: (state, segment) => {
        return { ...state, options: state.options.concat({ name: segment, value: void 0 }) };
      },
      pushStringValue: (state, segment) => {
        var _a;
        const copy = { ...state, options: [...state.options] };
        const lastOption = state.options[state.options.length - 1];
        lastOption.value = ((_a = lastOption.value) !== null && _a !== void 0 ? _a : []).concat([segment]);
        return copy;
      },
      setStringValue: (state, segment) => {
        const copy = { ...state, options: [...state.options] };
        const lastOption = state.options[state.options.length - 1];
        lastOption.value = segment;
        return copy;
      },
      inhibateOptions: (state) => {
        return { ...state, ignoreOptions: true };
      },
      useHelp: (state, segment, command) => {
        const [
          ,
          /* name */
          ,
          index
        ] = segment.match(constants.HELP_REGEX);
        if (typeof index !== `undefined`) {
          return { ...state, options: [{ name: `-c`, value: String(command) }, { name: `-i`, value: index }] };
        } else {
          return { ...state, options: [{ name: `-c`, value: String(command) }] };
        }
      },
      setError: (state, segment, errorMessage2) => {
        if (segment === constants.END_OF_INPUT) {
          return { ...state, errorMessage: `${errorMessage2}.` };
        } else {
          return { ...state, errorMessage: `${errorMessage2} ("${segment}").` };
        }
      },
      setOptionArityError: (state, segment) => {
        const lastOption = state.options[state.options.length - 1];
        return { ...state, errorMessage: `Not enough arguments to option ${lastOption.name}.` };
      }
    };
    var NoLimits = /* @__PURE__ */ Symbol();
    var CommandBuilder = class {
      constructor(cliIndex, cliOpts) {
        this.allOptionNames = [];
        this.arity = { leading: [], trailing: [], extra: [], proxy: false };
        this.options = [];
        this.paths = [];
        this.cliIndex = cliIndex;
        this.cliOpts = cliOpts;
      }
      addPath(path) {
        this.paths.push(path);
      }
      setArity({ leading = this.arity.leading, trailing = this.arity.trailing, extra = this.arity.extra, proxy = this.arity.proxy }) {
        Object.assign(this.arity, { leading, trailing, extra, proxy });
      }
      addPositional({ name = `arg`, required = true } = {}) {
        if (!required && this.arity.extra === NoLimits)
          throw new Error(`Optional parameters cannot be declared when using .rest() or .proxy()`);
        if (!required && this.arity.trailing.length > 0)
          throw new Error(`Optional parameters cannot be declared after the required trailing positional arguments`);
        if (!required && this.arity.extra !== NoLimits) {
          this.arity.extra.push(name);
        } else if (this.arity.extra !== NoLimits && this.arity.extra.length === 0) {
          this.arity.leading.push(name);
        } else {
          this.arity.trailing.push(name);
        }
      }
      addRest({ name = `arg`, required = 0 } = {}) {
        if (this.arity.extra === NoLimits)
          throw new Error(`Infinite lists cannot be declared multiple times in the same command`);
        if (this.arity.trailing.length > 0)
          throw new Error(`Infinite lists cannot be declared after the required trailing positional arguments`);
        for (let t3 = 0; t3 < required; ++t3)
          this.addPositional({ name });
        this.arity.extra = NoLimits;
      }
      addProxy({ required = 0 } = {}) {
        this.addRest({ required });
        this.arity.proxy = true;
      }
      addOption({ names, description, arity = 0, hidden = false, required = false, allowBinding = true }) {
        if (!allowBinding && arity > 1)
          throw new Error(`The arity cannot be higher than 1 when the option only supports the --arg=value syntax`);
        if (!Number.isInteger(arity))
          throw new Error(`The arity must be an integer, got ${arity}`);
        if (arity < 0)
          throw new Error(`The arity must be positive, got ${arity}`);
        this.allOptionNames.push(...names);
        this.options.push({ names, description, arity, hidden, required, allowBinding });
      }
      setContext(context) {
        this.context = context;
      }
      usage({ detailed = true, inlineOptions = true } = {}) {
        const segments = [this.cliOpts.binaryName];
        const detailedOptionList = [];
        if (this.paths.length > 0)
          segments.push(...this.paths[0]);
        if (detailed) {
          for (const { names, arity, hidden, description, required } of this.options) {
            if (hidden)
              continue;
            const args = [];
            for (let t3 = 0; t3 < arity; ++t3)
              args.push(` #${t3}`);
            const definition = `${names.join(`,`)}${args.join(``)}`;
            if (!inlineOptions && description) {
              detailedOptionList.push({ definition, description, required });
            } else {
              segments.push(required ? `<${definition}>` : `[${definition}]`);
            }
          }
          segments.push(...this.arity.leading.map((name) => `<${name}>`));
          if (this.arity.extra === NoLimits)
            segments.push(`...`);
          else
            segments.push(...this.arity.extra.map((name) => `[${name}]`));
          segments.push(...this.arity.trailing.map((name) => `<${name}>`));
        }
        const usage = segments.join(` `);
        return { usage, options: detailedOptionList };
      }
      compile() {
        if (typeof this.context === `undefined`)
          throw new Error(`Assertion failed: No context attached`);
        const machine = makeStateMachine();
        let firstNode = constants.NODE_INITIAL;
        const candidateUsage = this.usage().usage;
        const requiredOptions = this.options.filter((opt) => opt.required).map((opt) => opt.names);
        firstNode = injectNode(machine, makeNode());
        registerStatic(machine, constants.NODE_INITIAL, constants.START_OF_INPUT, firstNode, [`setCandidateState`, { candidateUsage, requiredOptions }]);
        const positionalArgument = this.arity.proxy ? `always` : `isNotOptionLike`;
        const paths = this.paths.length > 0 ? this.paths : [[]];
        for (const path of paths) {
          let lastPathNode = firstNode;
          if (path.length > 0) {
            const optionPathNode = injectNode(machine, makeNode());
            registerShortcut(machine, lastPathNode, optionPathNode);
            this.registerOptions(machine, optionPathNode);
            lastPathNode = optionPathNode;
          }
          for (let t3 = 0; t3 < path.length; ++t3) {
            const nextPathNode = injectNode(machine, makeNode());
            registerStatic(machine, lastPathNode, path[t3], nextPathNode, `pushPath`);
            lastPathNode = nextPathNode;
          }
          if (this.arity.leading.length > 0 || !this.arity.proxy) {
            const helpNode = injectNode(machine, makeNode());
            registerDynamic(machine, lastPathNode, `isHelp`, helpNode, [`useHelp`, this.cliIndex]);
            registerDynamic(machine, helpNode, `always`, helpNode, `pushExtra`);
            registerStatic(machine, helpNode, constants.END_OF_INPUT, constants.NODE_SUCCESS, [`setSelectedIndex`, constants.HELP_COMMAND_INDEX]);
            this.registerOptions(machine, lastPathNode);
          }
          if (this.arity.leading.length > 0)
            registerStatic(machine, lastPathNode, constants.END_OF_INPUT, constants.NODE_ERRORED, [`setError`, `Not enough positional arguments`]);
          let lastLeadingNode = lastPathNode;
          for (let t3 = 0; t3 < this.arity.leading.length; ++t3) {
            const nextLeadingNode = injectNode(machine, makeNode());
            if (!this.arity.proxy || t3 + 1 !== this.arity.leading.length)
              this.registerOptions(machine, nextLeadingNode);
            if (this.arity.trailing.length > 0 || t3 + 1 !== this.arity.leading.length)
              registerStatic(machine, nextLeadingNode, constants.END_OF_INPUT, constants.NODE_ERRORED, [`setError`, `Not enough positional arguments`]);
            registerDynamic(machine, lastLeadingNode, `isNotOptionLike`, nextLeadingNode, `pushPositional`);
            lastLeadingNode = nextLeadingNode;
          }
          let lastExtraNode = lastLeadingNode;
          if (this.arity.extra === NoLimits || this.arity.extra.length > 0) {
            const extraShortcutNode = injectNode(machine, makeNode());
            registerShortcut(machine, lastLeadingNode, extraShortcutNode);
            if (this.arity.extra === NoLimits) {
              const extraNode = injectNode(machine, makeNode());
              if (!this.arity.proxy)
                this.registerOptions(machine, extraNode);
              registerDynamic(machine, lastLeadingNode, positionalArgument, extraNode, `pushExtraNoLimits`);
              registerDynamic(machine, extraNode, positionalArgument, extraNode, `pushExtraNoLimits`);
              registerShortcut(machine, extraNode, extraShortcutNode);
            } else {
              for (let t3 = 0; t3 < this.arity.extra.length; ++t3) {
                const nextExtraNode = injectNode(machine, makeNode());
                if (!this.arity.proxy || t3 > 0)
                  this.registerOptions(machine, nextExtraNode);
                registerDynamic(machine, lastExtraNode, positionalArgument, nextExtraNode, `pushExtra`);
                registerShortcut(machine, nextExtraNode, extraShortcutNode);
                lastExtraNode = nextExtraNode;
              }
            }
            lastExtraNode = extraShortcutNode;
          }
          if (this.arity.trailing.length > 0)
            registerStatic(machine, lastExtraNode, constants.END_OF_INPUT, constants.NODE_ERRORED, [`setError`, `Not enough positional arguments`]);
          let lastTrailingNode = lastExtraNode;
          for (let t3 = 0; t3 < this.arity.trailing.length; ++t3) {
            const nextTrailingNode = injectNode(machine, makeNode());
            if (!this.arity.proxy)
              this.registerOptions(machine, nextTrailingNode);
            if (t3 + 1 < this.arity.trailing.length)
              registerStatic(machine, nextTrailingNode, constants.END_OF_INPUT, constants.NODE_ERRORED, [`setError`, `Not enough positional arguments`]);
            registerDynamic(machine, lastTrailingNode, `isNotOptionLike`, nextTrailingNode, `pushPositional`);
            lastTrailingNode = nextTrailingNode;
          }
          registerDynamic(machine, lastTrailingNode, positionalArgument, constants.NODE_ERRORED, [`setError`, `Extraneous positional argument`]);
          registerStatic(machine, lastTrailingNode, constants.END_OF_INPUT, constants.NODE_SUCCESS, [`setSelectedIndex`, this.cliIndex]);
        }
        return {
          machine,
          context: this.context
        };
      }
      registerOptions(machine, node) {
        registerDynamic(machine, node, [`isOption`, `--`], node, `inhibateOptions`);
        registerDynamic(machine, node, [`isBatchOption`, this.allOptionNames], node, `pushBatch`);
        registerDynamic(machine, node, [`isBoundOption`, this.allOptionNames, this.options], node, `pushBound`);
        registerDynamic(machine, node, [`isUnsupportedOption`, this.allOptionNames], constants.NODE_ERRORED, [`setError`, `Unsupported option name`]);
        registerDynamic(machine, node, [`isInvalidOption`], constants.NODE_ERRORED, [`setError`, `Invalid option name`]);
        for (const option of this.options) {
          const longestName = option.names.reduce((longestName2, name) => {
            return name.length > longestName2.length ? name : longestName2;
          }, ``);
          if (option.arity === 0) {
            for (const name of option.names) {
              registerDynamic(machine, node, [`isOption`, name, option.hidden || name !== longestName], node, `pushTrue`);
              if (name.startsWith(`--`) && !name.startsWith(`--no-`)) {
                registerDynamic(machine, node, [`isNegatedOption`, name], node, [`pushFalse`, name]);
              }
            }
          } else {
            let lastNode = injectNode(machine, makeNode());
            for (const name of option.names)
              registerDynamic(machine, node, [`isOption`, name, option.hidden || name !== longestName], lastNode, `pushUndefined`);
            for (let t3 = 0; t3 < option.arity; ++t3) {
              const nextNode = injectNode(machine, makeNode());
              registerStatic(machine, lastNode, constants.END_OF_INPUT, constants.NODE_ERRORED, `setOptionArityError`);
              registerDynamic(machine, lastNode, `isOptionLike`, constants.NODE_ERRORED, `setOptionArityError`);
              const action = option.arity === 1 ? `setStringValue` : `pushStringValue`;
              registerDynamic(machine, lastNode, `isNotOptionLike`, nextNode, action);
              lastNode = nextNode;
            }
            registerShortcut(machine, lastNode, node);
          }
        }
      }
    };
    var CliBuilder = class _CliBuilder {
      constructor({ binaryName = `...` } = {}) {
        this.builders = [];
        this.opts = { binaryName };
      }
      static build(cbs, opts = {}) {
        return new _CliBuilder(opts).commands(cbs).compile();
      }
      getBuilderByIndex(n) {
        if (!(n >= 0 && n < this.builders.length))
          throw new Error(`Assertion failed: Out-of-bound command index (${n})`);
        return this.builders[n];
      }
      commands(cbs) {
        for (const cb of cbs)
          cb(this.command());
        return this;
      }
      command() {
        const builder = new CommandBuilder(this.builders.length, this.opts);
        this.builders.push(builder);
        return builder;
      }
      compile() {
        const machines = [];
        const contexts = [];
        for (const builder of this.builders) {
          const { machine: machine2, context } = builder.compile();
          machines.push(machine2);
          contexts.push(context);
        }
        const machine = makeAnyOfMachine(machines);
        simplifyMachine(machine);
        return {
          machine,
          contexts,
          process: (input) => {
            return runMachine(machine, input);
          },
          suggest: (input, partial) => {
            return suggestMachine(machine, input, partial);
          }
        };
      }
    };
    exports.CliBuilder = CliBuilder;
    exports.CommandBuilder = CommandBuilder;
    exports.NoLimits = NoLimits;
    exports.aggregateHelpStates = aggregateHelpStates;
    exports.cloneNode = cloneNode;
    exports.cloneTransition = cloneTransition;
    exports.debug = debug;
    exports.debugMachine = debugMachine;
    exports.execute = execute;
    exports.injectNode = injectNode;
    exports.isTerminalNode = isTerminalNode;
    exports.makeAnyOfMachine = makeAnyOfMachine;
    exports.makeNode = makeNode;
    exports.makeStateMachine = makeStateMachine;
    exports.reducers = reducers;
    exports.registerDynamic = registerDynamic;
    exports.registerShortcut = registerShortcut;
    exports.registerStatic = registerStatic;
    exports.runMachineInternal = runMachineInternal;
    exports.selectBestState = selectBestState;
    exports.simplifyMachine = simplifyMachine;
    exports.suggest = suggest;
    exports.tests = tests;
    exports.trimSmallerBranches = trimSmallerBranches;
  }
});

// node_modules/clipanion/lib/platform/node.js
var require_node = __commonJS({
  "node_modules/clipanion/lib/platform/node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tty = __require("tty");
    function _interopDefaultLegacy(e) {
      return e && typeof e === "object" && "default" in e ? e : { "default": e };
    }
    var tty__default = /* @__PURE__ */ _interopDefaultLegacy(tty);
    function getDefaultColorDepth() {
      if (tty__default["default"] && `getColorDepth` in tty__default["default"].WriteStream.prototype)
        return tty__default["default"].WriteStream.prototype.getColorDepth();
      if (process.env.FORCE_COLOR === `0`)
        return 1;
      if (process.env.FORCE_COLOR === `1`)
        return 8;
      if (typeof process.stdout !== `undefined` && process.stdout.isTTY)
        return 8;
      return 1;
    }
    var gContextStorage;
    function getCaptureActivator(context) {
      let contextStorage = gContextStorage;
      if (typeof contextStorage === `undefined`) {
        if (context.stdout === process.stdout && context.stderr === process.stderr)
          return null;
        const { AsyncLocalStorage: LazyAsyncLocalStorage } = __require("async_hooks");
        contextStorage = gContextStorage = new LazyAsyncLocalStorage();
        const origStdoutWrite = process.stdout._write;
        process.stdout._write = function(chunk, encoding, cb) {
          const context2 = contextStorage.getStore();
          if (typeof context2 === `undefined`)
            return origStdoutWrite.call(this, chunk, encoding, cb);
          return context2.stdout.write(chunk, encoding, cb);
        };
        const origStderrWrite = process.stderr._write;
        process.stderr._write = function(chunk, encoding, cb) {
          const context2 = contextStorage.getStore();
          if (typeof context2 === `undefined`)
            return origStderrWrite.call(this, chunk, encoding, cb);
          return context2.stderr.write(chunk, encoding, cb);
        };
      }
      return (fn) => {
        return contextStorage.run(context, fn);
      };
    }
    exports.getCaptureActivator = getCaptureActivator;
    exports.getDefaultColorDepth = getDefaultColorDepth;
  }
});

// node_modules/clipanion/lib/advanced/HelpCommand.js
var require_HelpCommand = __commonJS({
  "node_modules/clipanion/lib/advanced/HelpCommand.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_Command = require_Command();
    var HelpCommand2 = class _HelpCommand extends advanced_Command.Command {
      constructor(contexts) {
        super();
        this.contexts = contexts;
        this.commands = [];
      }
      static from(state, contexts) {
        const command = new _HelpCommand(contexts);
        command.path = state.path;
        for (const opt of state.options) {
          switch (opt.name) {
            case `-c`:
              {
                command.commands.push(Number(opt.value));
              }
              break;
            case `-i`:
              {
                command.index = Number(opt.value);
              }
              break;
          }
        }
        return command;
      }
      async execute() {
        let commands = this.commands;
        if (typeof this.index !== `undefined` && this.index >= 0 && this.index < commands.length)
          commands = [commands[this.index]];
        if (commands.length === 0) {
          this.context.stdout.write(this.cli.usage());
        } else if (commands.length === 1) {
          this.context.stdout.write(this.cli.usage(this.contexts[commands[0]].commandClass, { detailed: true }));
        } else if (commands.length > 1) {
          this.context.stdout.write(`Multiple commands match your selection:
`);
          this.context.stdout.write(`
`);
          let index = 0;
          for (const command of this.commands)
            this.context.stdout.write(this.cli.usage(this.contexts[command].commandClass, { prefix: `${index++}. `.padStart(5) }));
          this.context.stdout.write(`
`);
          this.context.stdout.write(`Run again with -h=<index> to see the longer details of any of those commands.
`);
        }
      }
    };
    exports.HelpCommand = HelpCommand2;
  }
});

// node_modules/clipanion/lib/advanced/Cli.js
var require_Cli = __commonJS({
  "node_modules/clipanion/lib/advanced/Cli.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var constants = require_constants();
    var core = require_core();
    var format = require_format();
    var platform = require_node();
    var advanced_Command = require_Command();
    var advanced_HelpCommand = require_HelpCommand();
    var errorCommandSymbol = /* @__PURE__ */ Symbol(`clipanion/errorCommand`);
    async function runExit(...args) {
      const { resolvedOptions, resolvedCommandClasses, resolvedArgv, resolvedContext } = resolveRunParameters(args);
      const cli = Cli2.from(resolvedCommandClasses, resolvedOptions);
      return cli.runExit(resolvedArgv, resolvedContext);
    }
    async function run(...args) {
      const { resolvedOptions, resolvedCommandClasses, resolvedArgv, resolvedContext } = resolveRunParameters(args);
      const cli = Cli2.from(resolvedCommandClasses, resolvedOptions);
      return cli.run(resolvedArgv, resolvedContext);
    }
    function resolveRunParameters(args) {
      let resolvedOptions;
      let resolvedCommandClasses;
      let resolvedArgv;
      let resolvedContext;
      if (typeof process !== `undefined` && typeof process.argv !== `undefined`)
        resolvedArgv = process.argv.slice(2);
      switch (args.length) {
        case 1:
          {
            resolvedCommandClasses = args[0];
          }
          break;
        case 2:
          {
            if (args[0] && args[0].prototype instanceof advanced_Command.Command || Array.isArray(args[0])) {
              resolvedCommandClasses = args[0];
              if (Array.isArray(args[1])) {
                resolvedArgv = args[1];
              } else {
                resolvedContext = args[1];
              }
            } else {
              resolvedOptions = args[0];
              resolvedCommandClasses = args[1];
            }
          }
          break;
        case 3:
          {
            if (Array.isArray(args[2])) {
              resolvedOptions = args[0];
              resolvedCommandClasses = args[1];
              resolvedArgv = args[2];
            } else if (args[0] && args[0].prototype instanceof advanced_Command.Command || Array.isArray(args[0])) {
              resolvedCommandClasses = args[0];
              resolvedArgv = args[1];
              resolvedContext = args[2];
            } else {
              resolvedOptions = args[0];
              resolvedCommandClasses = args[1];
              resolvedContext = args[2];
            }
          }
          break;
        default:
          {
            resolvedOptions = args[0];
            resolvedCommandClasses = args[1];
            resolvedArgv = args[2];
            resolvedContext = args[3];
          }
          break;
      }
      if (typeof resolvedArgv === `undefined`)
        throw new Error(`The argv parameter must be provided when running Clipanion outside of a Node context`);
      return {
        resolvedOptions,
        resolvedCommandClasses,
        resolvedArgv,
        resolvedContext
      };
    }
    var Cli2 = class _Cli {
      constructor({ binaryLabel, binaryName: binaryNameOpt = `...`, binaryVersion, enableCapture = false, enableColors } = {}) {
        this.registrations = /* @__PURE__ */ new Map();
        this.builder = new core.CliBuilder({ binaryName: binaryNameOpt });
        this.binaryLabel = binaryLabel;
        this.binaryName = binaryNameOpt;
        this.binaryVersion = binaryVersion;
        this.enableCapture = enableCapture;
        this.enableColors = enableColors;
      }
      /**
       * Creates a new Cli and registers all commands passed as parameters.
       *
       * @param commandClasses The Commands to register
       * @returns The created `Cli` instance
       */
      static from(commandClasses, options = {}) {
        const cli = new _Cli(options);
        const resolvedCommandClasses = Array.isArray(commandClasses) ? commandClasses : [commandClasses];
        for (const commandClass of resolvedCommandClasses)
          cli.register(commandClass);
        return cli;
      }
      /**
       * Registers a command inside the CLI.
       */
      register(commandClass) {
        var _a;
        const specs = /* @__PURE__ */ new Map();
        const command = new commandClass();
        for (const key in command) {
          const value = command[key];
          if (typeof value === `object` && value !== null && value[advanced_Command.Command.isOption]) {
            specs.set(key, value);
          }
        }
        const builder = this.builder.command();
        const index = builder.cliIndex;
        const paths = (_a = commandClass.paths) !== null && _a !== void 0 ? _a : command.paths;
        if (typeof paths !== `undefined`)
          for (const path of paths)
            builder.addPath(path);
        this.registrations.set(commandClass, { specs, builder, index });
        for (const [key, { definition }] of specs.entries())
          definition(builder, key);
        builder.setContext({
          commandClass
        });
      }
      process(input, userContext) {
        const { contexts, process: process2 } = this.builder.compile();
        const state = process2(input);
        const context = {
          ..._Cli.defaultContext,
          ...userContext
        };
        switch (state.selectedIndex) {
          case constants.HELP_COMMAND_INDEX: {
            const command = advanced_HelpCommand.HelpCommand.from(state, contexts);
            command.context = context;
            return command;
          }
          default:
            {
              const { commandClass } = contexts[state.selectedIndex];
              const record = this.registrations.get(commandClass);
              if (typeof record === `undefined`)
                throw new Error(`Assertion failed: Expected the command class to have been registered.`);
              const command = new commandClass();
              command.context = context;
              command.path = state.path;
              try {
                for (const [key, { transformer }] of record.specs.entries())
                  command[key] = transformer(record.builder, key, state, context);
                return command;
              } catch (error) {
                error[errorCommandSymbol] = command;
                throw error;
              }
            }
            break;
        }
      }
      async run(input, userContext) {
        var _a, _b;
        let command;
        const context = {
          ..._Cli.defaultContext,
          ...userContext
        };
        const colored = (_a = this.enableColors) !== null && _a !== void 0 ? _a : context.colorDepth > 1;
        if (!Array.isArray(input)) {
          command = input;
        } else {
          try {
            command = this.process(input, context);
          } catch (error) {
            context.stdout.write(this.error(error, { colored }));
            return 1;
          }
        }
        if (command.help) {
          context.stdout.write(this.usage(command, { colored, detailed: true }));
          return 0;
        }
        command.context = context;
        command.cli = {
          binaryLabel: this.binaryLabel,
          binaryName: this.binaryName,
          binaryVersion: this.binaryVersion,
          enableCapture: this.enableCapture,
          enableColors: this.enableColors,
          definitions: () => this.definitions(),
          error: (error, opts) => this.error(error, opts),
          format: (colored2) => this.format(colored2),
          process: (input2, subContext) => this.process(input2, { ...context, ...subContext }),
          run: (input2, subContext) => this.run(input2, { ...context, ...subContext }),
          usage: (command2, opts) => this.usage(command2, opts)
        };
        const activate = this.enableCapture ? (_b = platform.getCaptureActivator(context)) !== null && _b !== void 0 ? _b : noopCaptureActivator : noopCaptureActivator;
        let exitCode;
        try {
          exitCode = await activate(() => command.validateAndExecute().catch((error) => command.catch(error).then(() => 0)));
        } catch (error) {
          context.stdout.write(this.error(error, { colored, command }));
          return 1;
        }
        return exitCode;
      }
      async runExit(input, context) {
        process.exitCode = await this.run(input, context);
      }
      suggest(input, partial) {
        const { suggest } = this.builder.compile();
        return suggest(input, partial);
      }
      definitions({ colored = false } = {}) {
        const data = [];
        for (const [commandClass, { index }] of this.registrations) {
          if (typeof commandClass.usage === `undefined`)
            continue;
          const { usage: path } = this.getUsageByIndex(index, { detailed: false });
          const { usage, options } = this.getUsageByIndex(index, { detailed: true, inlineOptions: false });
          const category = typeof commandClass.usage.category !== `undefined` ? format.formatMarkdownish(commandClass.usage.category, { format: this.format(colored), paragraphs: false }) : void 0;
          const description = typeof commandClass.usage.description !== `undefined` ? format.formatMarkdownish(commandClass.usage.description, { format: this.format(colored), paragraphs: false }) : void 0;
          const details = typeof commandClass.usage.details !== `undefined` ? format.formatMarkdownish(commandClass.usage.details, { format: this.format(colored), paragraphs: true }) : void 0;
          const examples = typeof commandClass.usage.examples !== `undefined` ? commandClass.usage.examples.map(([label, cli]) => [format.formatMarkdownish(label, { format: this.format(colored), paragraphs: false }), cli.replace(/\$0/g, this.binaryName)]) : void 0;
          data.push({ path, usage, category, description, details, examples, options });
        }
        return data;
      }
      usage(command = null, { colored, detailed = false, prefix = `$ ` } = {}) {
        var _a;
        if (command === null) {
          for (const commandClass2 of this.registrations.keys()) {
            const paths = commandClass2.paths;
            const isDocumented = typeof commandClass2.usage !== `undefined`;
            const isExclusivelyDefault = !paths || paths.length === 0 || paths.length === 1 && paths[0].length === 0;
            const isDefault = isExclusivelyDefault || ((_a = paths === null || paths === void 0 ? void 0 : paths.some((path) => path.length === 0)) !== null && _a !== void 0 ? _a : false);
            if (isDefault) {
              if (command) {
                command = null;
                break;
              } else {
                command = commandClass2;
              }
            } else {
              if (isDocumented) {
                command = null;
                continue;
              }
            }
          }
          if (command) {
            detailed = true;
          }
        }
        const commandClass = command !== null && command instanceof advanced_Command.Command ? command.constructor : command;
        let result = ``;
        if (!commandClass) {
          const commandsByCategories = /* @__PURE__ */ new Map();
          for (const [commandClass2, { index }] of this.registrations.entries()) {
            if (typeof commandClass2.usage === `undefined`)
              continue;
            const category = typeof commandClass2.usage.category !== `undefined` ? format.formatMarkdownish(commandClass2.usage.category, { format: this.format(colored), paragraphs: false }) : null;
            let categoryCommands = commandsByCategories.get(category);
            if (typeof categoryCommands === `undefined`)
              commandsByCategories.set(category, categoryCommands = []);
            const { usage } = this.getUsageByIndex(index);
            categoryCommands.push({ commandClass: commandClass2, usage });
          }
          const categoryNames = Array.from(commandsByCategories.keys()).sort((a, b) => {
            if (a === null)
              return -1;
            if (b === null)
              return 1;
            return a.localeCompare(b, `en`, { usage: `sort`, caseFirst: `upper` });
          });
          const hasLabel = typeof this.binaryLabel !== `undefined`;
          const hasVersion = typeof this.binaryVersion !== `undefined`;
          if (hasLabel || hasVersion) {
            if (hasLabel && hasVersion)
              result += `${this.format(colored).header(`${this.binaryLabel} - ${this.binaryVersion}`)}

`;
            else if (hasLabel)
              result += `${this.format(colored).header(`${this.binaryLabel}`)}
`;
            else
              result += `${this.format(colored).header(`${this.binaryVersion}`)}
`;
            result += `  ${this.format(colored).bold(prefix)}${this.binaryName} <command>
`;
          } else {
            result += `${this.format(colored).bold(prefix)}${this.binaryName} <command>
`;
          }
          for (const categoryName of categoryNames) {
            const commands = commandsByCategories.get(categoryName).slice().sort((a, b) => {
              return a.usage.localeCompare(b.usage, `en`, { usage: `sort`, caseFirst: `upper` });
            });
            const header = categoryName !== null ? categoryName.trim() : `General commands`;
            result += `
`;
            result += `${this.format(colored).header(`${header}`)}
`;
            for (const { commandClass: commandClass2, usage } of commands) {
              const doc = commandClass2.usage.description || `undocumented`;
              result += `
`;
              result += `  ${this.format(colored).bold(usage)}
`;
              result += `    ${format.formatMarkdownish(doc, { format: this.format(colored), paragraphs: false })}`;
            }
          }
          result += `
`;
          result += format.formatMarkdownish(`You can also print more details about any of these commands by calling them with the \`-h,--help\` flag right after the command name.`, { format: this.format(colored), paragraphs: true });
        } else {
          if (!detailed) {
            const { usage } = this.getUsageByRegistration(commandClass);
            result += `${this.format(colored).bold(prefix)}${usage}
`;
          } else {
            const { description = ``, details = ``, examples = [] } = commandClass.usage || {};
            if (description !== ``) {
              result += format.formatMarkdownish(description, { format: this.format(colored), paragraphs: false }).replace(/^./, ($0) => $0.toUpperCase());
              result += `
`;
            }
            if (details !== `` || examples.length > 0) {
              result += `${this.format(colored).header(`Usage`)}
`;
              result += `
`;
            }
            const { usage, options } = this.getUsageByRegistration(commandClass, { inlineOptions: false });
            result += `${this.format(colored).bold(prefix)}${usage}
`;
            if (options.length > 0) {
              result += `
`;
              result += `${this.format(colored).header(`Options`)}
`;
              const maxDefinitionLength = options.reduce((length, option) => {
                return Math.max(length, option.definition.length);
              }, 0);
              result += `
`;
              for (const { definition, description: description2 } of options) {
                result += `  ${this.format(colored).bold(definition.padEnd(maxDefinitionLength))}    ${format.formatMarkdownish(description2, { format: this.format(colored), paragraphs: false })}`;
              }
            }
            if (details !== ``) {
              result += `
`;
              result += `${this.format(colored).header(`Details`)}
`;
              result += `
`;
              result += format.formatMarkdownish(details, { format: this.format(colored), paragraphs: true });
            }
            if (examples.length > 0) {
              result += `
`;
              result += `${this.format(colored).header(`Examples`)}
`;
              for (const [description2, example] of examples) {
                result += `
`;
                result += format.formatMarkdownish(description2, { format: this.format(colored), paragraphs: false });
                result += `${example.replace(/^/m, `  ${this.format(colored).bold(prefix)}`).replace(/\$0/g, this.binaryName)}
`;
              }
            }
          }
        }
        return result;
      }
      error(error, _a) {
        var _b;
        var { colored, command = (_b = error[errorCommandSymbol]) !== null && _b !== void 0 ? _b : null } = _a === void 0 ? {} : _a;
        if (!error || typeof error !== `object` || !(`stack` in error))
          error = new Error(`Execution failed with a non-error rejection (rejected value: ${JSON.stringify(error)})`);
        let result = ``;
        let name = error.name.replace(/([a-z])([A-Z])/g, `$1 $2`);
        if (name === `Error`)
          name = `Internal Error`;
        result += `${this.format(colored).error(name)}: ${error.message}
`;
        const meta = error.clipanion;
        if (typeof meta !== `undefined`) {
          if (meta.type === `usage`) {
            result += `
`;
            result += this.usage(command);
          }
        } else {
          if (error.stack) {
            result += `${error.stack.replace(/^.*\n/, ``)}
`;
          }
        }
        return result;
      }
      format(colored) {
        var _a;
        return ((_a = colored !== null && colored !== void 0 ? colored : this.enableColors) !== null && _a !== void 0 ? _a : _Cli.defaultContext.colorDepth > 1) ? format.richFormat : format.textFormat;
      }
      getUsageByRegistration(klass, opts) {
        const record = this.registrations.get(klass);
        if (typeof record === `undefined`)
          throw new Error(`Assertion failed: Unregistered command`);
        return this.getUsageByIndex(record.index, opts);
      }
      getUsageByIndex(n, opts) {
        return this.builder.getBuilderByIndex(n).usage(opts);
      }
    };
    Cli2.defaultContext = {
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      colorDepth: platform.getDefaultColorDepth()
    };
    function noopCaptureActivator(fn) {
      return fn();
    }
    exports.Cli = Cli2;
    exports.run = run;
    exports.runExit = runExit;
  }
});

// node_modules/clipanion/lib/advanced/builtins/definitions.js
var require_definitions = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/definitions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_Command = require_Command();
    var DefinitionsCommand = class extends advanced_Command.Command {
      async execute() {
        this.context.stdout.write(`${JSON.stringify(this.cli.definitions(), null, 2)}
`);
      }
    };
    DefinitionsCommand.paths = [[`--clipanion=definitions`]];
    exports.DefinitionsCommand = DefinitionsCommand;
  }
});

// node_modules/clipanion/lib/advanced/builtins/help.js
var require_help = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/help.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_Command = require_Command();
    var HelpCommand2 = class extends advanced_Command.Command {
      async execute() {
        this.context.stdout.write(this.cli.usage());
      }
    };
    HelpCommand2.paths = [[`-h`], [`--help`]];
    exports.HelpCommand = HelpCommand2;
  }
});

// node_modules/clipanion/lib/advanced/builtins/version.js
var require_version = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/version.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_Command = require_Command();
    var VersionCommand = class extends advanced_Command.Command {
      async execute() {
        var _a;
        this.context.stdout.write(`${(_a = this.cli.binaryVersion) !== null && _a !== void 0 ? _a : `<unknown>`}
`);
      }
    };
    VersionCommand.paths = [[`-v`], [`--version`]];
    exports.VersionCommand = VersionCommand;
  }
});

// node_modules/clipanion/lib/advanced/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/clipanion/lib/advanced/builtins/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_builtins_definitions = require_definitions();
    var advanced_builtins_help = require_help();
    var advanced_builtins_version = require_version();
    exports.DefinitionsCommand = advanced_builtins_definitions.DefinitionsCommand;
    exports.HelpCommand = advanced_builtins_help.HelpCommand;
    exports.VersionCommand = advanced_builtins_version.VersionCommand;
  }
});

// node_modules/clipanion/lib/advanced/options/Array.js
var require_Array = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_options_utils = require_utils();
    function Array2(descriptor, initialValueBase, optsBase) {
      const [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase !== null && optsBase !== void 0 ? optsBase : {});
      const { arity = 1 } = opts;
      const optNames = descriptor.split(`,`);
      const nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            arity,
            hidden: opts === null || opts === void 0 ? void 0 : opts.hidden,
            description: opts === null || opts === void 0 ? void 0 : opts.description,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          let usedName;
          let currentValue = typeof initialValue !== `undefined` ? [...initialValue] : void 0;
          for (const { name, value } of state.options) {
            if (!nameSet.has(name))
              continue;
            usedName = name;
            currentValue = currentValue !== null && currentValue !== void 0 ? currentValue : [];
            currentValue.push(value);
          }
          if (typeof currentValue !== `undefined`) {
            return advanced_options_utils.applyValidator(usedName !== null && usedName !== void 0 ? usedName : key, currentValue, opts.validator);
          } else {
            return currentValue;
          }
        }
      });
    }
    exports.Array = Array2;
  }
});

// node_modules/clipanion/lib/advanced/options/Boolean.js
var require_Boolean = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Boolean.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_options_utils = require_utils();
    function Boolean(descriptor, initialValueBase, optsBase) {
      const [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase !== null && optsBase !== void 0 ? optsBase : {});
      const optNames = descriptor.split(`,`);
      const nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            allowBinding: false,
            arity: 0,
            hidden: opts.hidden,
            description: opts.description,
            required: opts.required
          });
        },
        transformer(builer, key, state) {
          let currentValue = initialValue;
          for (const { name, value } of state.options) {
            if (!nameSet.has(name))
              continue;
            currentValue = value;
          }
          return currentValue;
        }
      });
    }
    exports.Boolean = Boolean;
  }
});

// node_modules/clipanion/lib/advanced/options/Counter.js
var require_Counter = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Counter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_options_utils = require_utils();
    function Counter(descriptor, initialValueBase, optsBase) {
      const [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase !== null && optsBase !== void 0 ? optsBase : {});
      const optNames = descriptor.split(`,`);
      const nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            allowBinding: false,
            arity: 0,
            hidden: opts.hidden,
            description: opts.description,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          let currentValue = initialValue;
          for (const { name, value } of state.options) {
            if (!nameSet.has(name))
              continue;
            currentValue !== null && currentValue !== void 0 ? currentValue : currentValue = 0;
            if (!value) {
              currentValue = 0;
            } else {
              currentValue += 1;
            }
          }
          return currentValue;
        }
      });
    }
    exports.Counter = Counter;
  }
});

// node_modules/clipanion/lib/advanced/options/Proxy.js
var require_Proxy = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_options_utils = require_utils();
    function Proxy(opts = {}) {
      return advanced_options_utils.makeCommandOption({
        definition(builder, key) {
          var _a;
          builder.addProxy({
            name: (_a = opts.name) !== null && _a !== void 0 ? _a : key,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          return state.positionals.map(({ value }) => value);
        }
      });
    }
    exports.Proxy = Proxy;
  }
});

// node_modules/clipanion/lib/advanced/options/Rest.js
var require_Rest = __commonJS({
  "node_modules/clipanion/lib/advanced/options/Rest.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core = require_core();
    var advanced_options_utils = require_utils();
    function Rest(opts = {}) {
      return advanced_options_utils.makeCommandOption({
        definition(builder, key) {
          var _a;
          builder.addRest({
            name: (_a = opts.name) !== null && _a !== void 0 ? _a : key,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          const isRestPositional = (index) => {
            const positional = state.positionals[index];
            if (positional.extra === core.NoLimits)
              return true;
            if (positional.extra === false && index < builder.arity.leading.length)
              return true;
            return false;
          };
          let count = 0;
          while (count < state.positionals.length && isRestPositional(count))
            count += 1;
          return state.positionals.splice(0, count).map(({ value }) => value);
        }
      });
    }
    exports.Rest = Rest;
  }
});

// node_modules/clipanion/lib/advanced/options/String.js
var require_String = __commonJS({
  "node_modules/clipanion/lib/advanced/options/String.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core = require_core();
    var advanced_options_utils = require_utils();
    function StringOption(descriptor, initialValueBase, optsBase) {
      const [initialValue, opts] = advanced_options_utils.rerouteArguments(initialValueBase, optsBase !== null && optsBase !== void 0 ? optsBase : {});
      const { arity = 1 } = opts;
      const optNames = descriptor.split(`,`);
      const nameSet = new Set(optNames);
      return advanced_options_utils.makeCommandOption({
        definition(builder) {
          builder.addOption({
            names: optNames,
            arity: opts.tolerateBoolean ? 0 : arity,
            hidden: opts.hidden,
            description: opts.description,
            required: opts.required
          });
        },
        transformer(builder, key, state, context) {
          let usedName;
          let currentValue = initialValue;
          if (typeof opts.env !== `undefined` && context.env[opts.env]) {
            usedName = opts.env;
            currentValue = context.env[opts.env];
          }
          for (const { name, value } of state.options) {
            if (!nameSet.has(name))
              continue;
            usedName = name;
            currentValue = value;
          }
          if (typeof currentValue === `string`) {
            return advanced_options_utils.applyValidator(usedName !== null && usedName !== void 0 ? usedName : key, currentValue, opts.validator);
          } else {
            return currentValue;
          }
        }
      });
    }
    function StringPositional(opts = {}) {
      const { required = true } = opts;
      return advanced_options_utils.makeCommandOption({
        definition(builder, key) {
          var _a;
          builder.addPositional({
            name: (_a = opts.name) !== null && _a !== void 0 ? _a : key,
            required: opts.required
          });
        },
        transformer(builder, key, state) {
          var _a;
          for (let i = 0; i < state.positionals.length; ++i) {
            if (state.positionals[i].extra === core.NoLimits)
              continue;
            if (required && state.positionals[i].extra === true)
              continue;
            if (!required && state.positionals[i].extra === false)
              continue;
            const [positional] = state.positionals.splice(i, 1);
            return advanced_options_utils.applyValidator((_a = opts.name) !== null && _a !== void 0 ? _a : key, positional.value, opts.validator);
          }
          return void 0;
        }
      });
    }
    function String2(descriptor, ...args) {
      if (typeof descriptor === `string`) {
        return StringOption(descriptor, ...args);
      } else {
        return StringPositional(descriptor);
      }
    }
    exports.String = String2;
  }
});

// node_modules/clipanion/lib/advanced/options/index.js
var require_options = __commonJS({
  "node_modules/clipanion/lib/advanced/options/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var advanced_options_utils = require_utils();
    var advanced_options_Array = require_Array();
    var advanced_options_Boolean = require_Boolean();
    var advanced_options_Counter = require_Counter();
    var advanced_options_Proxy = require_Proxy();
    var advanced_options_Rest = require_Rest();
    var advanced_options_String = require_String();
    exports.applyValidator = advanced_options_utils.applyValidator;
    exports.cleanValidationError = advanced_options_utils.cleanValidationError;
    exports.formatError = advanced_options_utils.formatError;
    exports.isOptionSymbol = advanced_options_utils.isOptionSymbol;
    exports.makeCommandOption = advanced_options_utils.makeCommandOption;
    exports.rerouteArguments = advanced_options_utils.rerouteArguments;
    exports.Array = advanced_options_Array.Array;
    exports.Boolean = advanced_options_Boolean.Boolean;
    exports.Counter = advanced_options_Counter.Counter;
    exports.Proxy = advanced_options_Proxy.Proxy;
    exports.Rest = advanced_options_Rest.Rest;
    exports.String = advanced_options_String.String;
  }
});

// node_modules/clipanion/lib/advanced/index.js
var require_advanced = __commonJS({
  "node_modules/clipanion/lib/advanced/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var errors = require_errors();
    var format = require_format();
    var advanced_Command = require_Command();
    var advanced_Cli = require_Cli();
    var advanced_builtins_index = require_builtins();
    var advanced_options_index = require_options();
    exports.UsageError = errors.UsageError;
    exports.formatMarkdownish = format.formatMarkdownish;
    exports.Command = advanced_Command.Command;
    exports.Cli = advanced_Cli.Cli;
    exports.run = advanced_Cli.run;
    exports.runExit = advanced_Cli.runExit;
    exports.Builtins = advanced_builtins_index;
    exports.Option = advanced_options_index;
  }
});

// package.json
var version = "0.1.0";

// src/cli/cli.ts
var import_clipanion = __toESM(require_advanced(), 1);
var PLACEHOLDERS = {
  "--milestone,-m": "ID",
  "--issue,-i": "ID",
  "--config,-c": "PATH",
  "--format": "mjs|ts|json",
  "--provider": "openai|azure|custom",
  "--target": "claude|codex",
  "--scope": "user|project",
  "--phase,-p": "NN"
};
function namePlaceholders(text) {
  return text.replace(/(--[A-Za-z][\w-]*(?:,-[A-Za-z])?) #0/g, (_whole, names) => `${names} ${PLACEHOLDERS[names] ?? "VALUE"}`);
}
function dedupeCandidates(text) {
  const seen = /* @__PURE__ */ new Set();
  let n = 0;
  const out = [];
  for (const line of text.split("\n")) {
    const usage = /^\$ (.+)$/.exec(line)?.[1] ?? /^\s*\d+\. (.+)$/.exec(line)?.[1];
    if (usage === void 0) {
      out.push(line);
      continue;
    }
    if (seen.has(usage)) continue;
    seen.add(usage);
    out.push(line.startsWith("$ ") ? line : `${`${n++}.`.padStart(4)} ${usage}`);
  }
  return out.join("\n");
}
var MissingOptionError = class extends import_clipanion.UsageError {
  constructor(message, command) {
    super(message);
    this.command = command;
  }
  command;
};
var HelpFlagCommand = class extends import_clipanion.Builtins.HelpCommand {
  static paths = [["--help"], ["-h"]];
};
var VersionFlagCommand = class extends import_clipanion.Builtins.VersionCommand {
  static paths = [["--version"], ["-v"]];
};
var OrchestratorCli = class extends import_clipanion.Cli {
  /** The commands, then `--help` and `--version`. */
  registerAll(commands) {
    for (const command of [...commands, HelpFlagCommand, VersionFlagCommand]) this.register(command);
    return this;
  }
  /** Every usage text (help, errors) is built from here; naming the placeholders first keeps the columns aligned. */
  getUsageByIndex(...args) {
    const { usage, options } = super.getUsageByIndex(...args);
    return { usage: namePlaceholders(usage), options: options.map((o) => ({ ...o, definition: namePlaceholders(o.definition) })) };
  }
  error(error, opts = {}) {
    const command = error instanceof MissingOptionError ? error.command : opts.command;
    return dedupeCandidates(namePlaceholders(super.error(error, { ...opts, ...command ? { command } : {} })));
  }
  process(input, context) {
    try {
      return super.process(input, context);
    } catch (err) {
      throw this.missingRequired(input) ?? err;
    }
  }
  /**
   * Clipanion rejects input lacking a required option as an unknown command; when the input names a
   * command (its path leads the input) and lacks one of that command's required options, say which.
   */
  missingRequired(input) {
    const firstOption = input.findIndex((token) => token.startsWith("-"));
    const leading = firstOption === -1 ? input : input.slice(0, firstOption);
    let best = null;
    for (const [command, { builder }] of this.registrations) {
      for (const path of builder.paths) {
        const matches = path.length > 0 && path.length <= leading.length && path.every((part, i) => leading[i] === part);
        if (matches && path.length > (best?.length ?? 0)) best = { command, length: path.length };
      }
    }
    if (best === null) return null;
    const given = (name) => input.some((token) => token === name || token.startsWith(`${name}=`));
    const missing = (this.registrations.get(best.command)?.builder.options ?? []).filter((o) => o.required && !o.names.some(given)).map((o) => o.names[0]);
    if (missing.length === 0) return null;
    const what = missing.length === 1 ? `${missing[0]} is required` : `${missing.join(" and ")} are required`;
    return new MissingOptionError(what, new best.command());
  }
};

// src/cli/commands/clean.ts
var import_clipanion3 = __toESM(require_advanced(), 1);

// src/cli/context.ts
var import_clipanion2 = __toESM(require_advanced(), 1);
function reportProblems(context, problems, what = "problem") {
  printProblems(context.stderr, problems, { counted: what, style: styleFor(context.stderr, context.env) });
  return ExitCode.Usage;
}
var OrchestratorCommand = class extends import_clipanion2.Command {
  reportProblems(problems, what = "problem") {
    return reportProblems(this.context, problems, what);
  }
};
var RepoCommand = class extends OrchestratorCommand {
  config = import_clipanion2.Option.String("--config,-c", {
    description: "Path of the config file (default: discovered from the current directory up to the git top level)"
  });
};

// src/cli/commands/clean.ts
var CleanCommand = class extends RepoCommand {
  static paths = [["clean"]];
  static usage = import_clipanion3.Command.Usage({
    description: "Remove orchestrator-owned worktrees left by interrupted runs",
    details: "Removes the worktrees under `worktrees.root` whose branch starts with `worktrees.branchPrefix`. Branches are kept, and a worktree with uncommitted changes is kept and reported (never forced).",
    examples: [["Clean up after an interrupted run", "$0 clean"]]
  });
  async execute() {
    const [{ loadConfig }, { Worktrees }, { RunLock }] = await Promise.all([import("./chunks/config-V6B4RPRH.js"), import("./chunks/git-CG2MVUWG.js"), import("./chunks/lock-TU5KUEAW.js")]);
    const loaded = await loadConfig({ cwd: this.context.cwd, configPath: this.config });
    if (!loaded.ok) return this.reportProblems(loaded.problems);
    const worktrees = await Worktrees.open(loaded.value);
    if (!worktrees.ok) return this.reportProblems(worktrees.problems);
    const lockFile = await RunLock.fileFor(worktrees.value.guard, worktrees.value.repoRoot);
    if (!lockFile.ok) return this.reportProblems(lockFile.problems);
    const lock = RunLock.acquire(lockFile.value, { command: "clean", runId: null, warn: (message) => this.context.stderr.write(`warning: ${message}
`) });
    if (!lock.ok) return this.reportProblems(lock.problems);
    const cleaned = await worktrees.value.clean().finally(() => lock.value.release());
    if (!cleaned.ok) return this.reportProblems(cleaned.problems);
    const { removed, kept } = cleaned.value;
    for (const path of removed) this.context.stdout.write(`removed ${path}
`);
    for (const k of kept) this.context.stderr.write(`kept ${k.path}: ${k.reason}
`);
    if (removed.length === 0 && kept.length === 0) this.context.stdout.write("no orchestrator worktree to remove\n");
    return kept.length > 0 ? ExitCode.NotPassed : ExitCode.Ok;
  }
};

// src/cli/commands/help.ts
var import_clipanion4 = __toESM(require_advanced(), 1);
var HelpCommand = class extends import_clipanion4.Command {
  static paths = [["help"]];
  static usage = import_clipanion4.Command.Usage({
    description: "Print every command, or the options and examples of one",
    examples: [
      ["List the commands", "$0 help"],
      ["Options and examples of run", "$0 help run"],
      ["Options of plugin sync", "$0 help plugin sync"]
    ]
  });
  command = import_clipanion4.Option.String({ name: "command", required: false });
  subcommand = import_clipanion4.Option.String({ name: "subcommand", required: false });
  async execute() {
    const names = [this.command, this.subcommand].filter((n) => n !== void 0);
    if (names.length === 0) {
      this.context.stdout.write(this.cli.usage(null));
      return ExitCode.Ok;
    }
    try {
      this.cli.process([...names, "--help"]);
    } catch {
      this.context.stderr.write(`error: no command "${names.join(" ")}"

${this.cli.usage(null)}`);
      return ExitCode.Usage;
    }
    return this.cli.run([...names, "--help"]);
  }
};

// src/cli/commands/init.ts
var import_clipanion5 = __toESM(require_advanced(), 1);
var t = __toESM(require_lib(), 1);
var FORMATS = ["mjs", "ts", "json"];
var PROVIDERS = ["openai", "azure", "custom"];
var InitCommand = class extends import_clipanion5.Command {
  static paths = [["init"]];
  static usage = import_clipanion5.Command.Usage({
    description: "Write a commented starter config and an example issue doc",
    details: "Creates `orchestrator.config.mjs` (or `.json` / `.ts` with `--format`) at the git top level and `docs/issues/EXAMPLE-1.md`. Existing files are never overwritten. `--provider azure` or `--provider custom` writes a `runner.config` block for Azure OpenAI or for another server speaking the Responses API (a company gateway, a local server); edit its URL and key variable.",
    examples: [
      ["Opt the current repository in", "$0 init"],
      ["Use a JSON config with editor completion through the JSON Schema", "$0 init --format json"],
      ["Start from an Azure OpenAI provider block", "$0 init --provider azure"]
    ]
  });
  format = import_clipanion5.Option.String("--format", "mjs", { description: "Config format: mjs (default), ts or json", validator: t.isEnum(FORMATS) });
  provider = import_clipanion5.Option.String("--provider", "openai", { description: "Model provider block: openai (default), azure or custom", validator: t.isEnum(PROVIDERS) });
  async execute() {
    const { initRepository } = await import("./chunks/init-RRIDXPPG.js");
    const result = await initRepository(this.context.cwd, this.format, this.provider);
    if (!result.ok) {
      printProblems(this.context.stderr, result.problems);
      return ExitCode.Usage;
    }
    for (const file of result.value.written) this.context.stdout.write(`wrote ${file}
`);
    for (const file of result.value.kept) this.context.stdout.write(`kept ${file} (already exists)
`);
    if (this.provider !== "openai") this.context.stdout.write(`edit runner.config.model_providers in the config: the ${this.provider} provider's URL and key variable are placeholders
`);
    this.context.stdout.write("next: orchestrator plan --milestone M1\n");
    return ExitCode.Ok;
  }
};

// src/cli/commands/logs.ts
var import_clipanion6 = __toESM(require_advanced(), 1);
import { join } from "node:path";
var LogsCommand = class extends RepoCommand {
  static paths = [["logs"]];
  static usage = import_clipanion6.Command.Usage({
    description: "Show what a run did, phase by phase",
    details: `
      Prints a run's phase logs as a person reads them: agent messages, each command with its output, file changes, tokens and the phase result, with the time each event arrived. Defaults to the latest run and every issue in it; \`--issue\` picks one issue, \`--phase NN\` one phase by its number (the NN of \`<NN>-<phase>.jsonl\`). \`--raw\` prints the runner's events as codex emitted them (JSONL).
    `,
    examples: [
      ["What the latest run did", "$0 logs"],
      ["One issue of a given run", "$0 logs 20261125T101500Z-M1 --issue ISSUE-3"],
      ["The raw events of an issue's second phase", "$0 logs --issue ISSUE-3 --phase 02 --raw"]
    ]
  });
  runId = import_clipanion6.Option.String({ required: false, name: "RUN_ID" });
  issue = import_clipanion6.Option.String("--issue,-i", { description: "Only this issue" });
  phase = import_clipanion6.Option.String("--phase,-p", { description: "Only this phase, by its NN number (01, 02, \u2026)" });
  raw = import_clipanion6.Option.Boolean("--raw", false, { description: "Print the runner's raw events (JSONL)" });
  async execute() {
    const { stdout } = this.context;
    const [{ loadConfig }, { showLogs }] = await Promise.all([import("./chunks/config-V6B4RPRH.js"), import("./chunks/phase-log-FRR4CDYV.js")]);
    const loaded = await loadConfig({ cwd: this.context.cwd, configPath: this.config });
    if (!loaded.ok) return this.reportProblems(loaded.problems);
    const style = styleFor(stdout, this.context.env);
    const shown = await showLogs(
      join(loaded.value.repoRoot, loaded.value.config.logs.root),
      { runId: this.runId, issue: this.issue, phase: this.phase, raw: this.raw, style },
      (text) => void stdout.write(text)
    );
    return shown.ok ? ExitCode.Ok : this.reportProblems(shown.problems);
  }
};

// src/cli/commands/plan.ts
var import_clipanion7 = __toESM(require_advanced(), 1);

// src/cli/json-output.ts
function runErrorRecord(problems, now = /* @__PURE__ */ new Date()) {
  return `${JSON.stringify({ type: "error", ts: now.toISOString(), issue: null, phase: null, problems })}
`;
}
function planErrorDocument(milestone, problems) {
  return `${JSON.stringify({ version: 1, milestone, config: null, issues: [], warnings: [], problems }, null, 2)}
`;
}
function statusErrorDocument(milestone, problems) {
  return `${JSON.stringify({ version: 1, milestone, issues: [], problems }, null, 2)}
`;
}
function validateErrorDocument(problems) {
  return `${JSON.stringify({ ok: false, config: null, issues: 0, problems }, null, 2)}
`;
}
function errorOutput(command, problems, milestone = null) {
  if (command === "run") return runErrorRecord(problems);
  if (command === "plan") return planErrorDocument(milestone, problems);
  if (command === "status") return statusErrorDocument(milestone, problems);
  return validateErrorDocument(problems);
}
function usageErrorRecord(argv, text) {
  const command = argv.find((token) => !token.startsWith("-"));
  if (!argv.includes("--json") || command !== "run" && command !== "plan" && command !== "status" && command !== "validate") return null;
  const [first = "", ...rest] = text.trim().split("\n");
  const usage = rest.filter((line) => line.startsWith("$ ")).map((line) => line.slice(2));
  const problem = { code: "USAGE", message: first.replace(/^[A-Z][a-z]+(?: [A-Z][a-z]+)* Error: /, "") };
  if (usage.length > 0) problem.hint = `usage: ${usage.join(" | ")}`;
  const milestone = argv[argv.findIndex((t3) => t3 === "--milestone" || t3 === "-m") + 1] ?? null;
  return errorOutput(command, [problem], argv.some((t3) => t3 === "--milestone" || t3 === "-m") ? milestone : null);
}

// src/cli/commands/plan.ts
var PlanCommand = class extends RepoCommand {
  static paths = [["plan"]];
  static usage = import_clipanion7.Command.Usage({
    description: "Print the ordered plan of a milestone without running anything",
    details: "Selects the milestone's issues that are not done, orders them by their dependencies (ties in natural order of id) and prints the order, with what the next run does with each issue's branch (nothing when it passed earlier, resume with a review, or dev). Nothing is run and no file is written.",
    examples: [
      ["Show the plan of milestone M1", "$0 plan --milestone M1"],
      ["Machine-readable plan", "$0 plan --milestone M1 --json"]
    ]
  });
  milestone = import_clipanion7.Option.String("--milestone,-m", { required: true, description: "Milestone id to plan" });
  issue = import_clipanion7.Option.String("--issue,-i", { description: "Plan only this issue of the milestone" });
  json = import_clipanion7.Option.Boolean("--json", false, { description: "Print the plan as JSON on stdout" });
  async execute() {
    const [{ prepareRun }, { planJson, renderPlan }, { outlookFor }] = await Promise.all([import("./chunks/prepare-EAHHKKQF.js"), import("./chunks/plan-H6MBLEEK.js"), import("./chunks/next-action-XC4ABYKD.js")]);
    const prepared = await prepareRun({
      cwd: this.context.cwd,
      configPath: this.config,
      milestone: this.milestone,
      issue: this.issue
    });
    if (!prepared.ok) {
      if (this.json) this.context.stdout.write(planErrorDocument(this.milestone, prepared.problems));
      return this.reportProblems(prepared.problems);
    }
    const { plan, loaded } = prepared.value;
    const outlook = await outlookFor(loaded, plan);
    const next = new Map(outlook.ok ? outlook.value.map((o) => [o.id, o]) : []);
    if (this.json) {
      this.context.stdout.write(`${JSON.stringify(planJson(plan, loaded, next), null, 2)}
`);
    } else {
      this.context.stdout.write(renderPlan(plan, styleFor(this.context.stdout, this.context.env), next));
    }
    for (const w of plan.warnings) this.context.stderr.write(`warning: ${neutralise(w)}
`);
    return ExitCode.Ok;
  }
};

// src/cli/commands/plugin-sync.ts
var import_clipanion8 = __toESM(require_advanced(), 1);
var t2 = __toESM(require_lib(), 1);
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var TARGETS = ["claude", "codex"];
var SCOPES = ["user", "project"];
function shippedSkillsDir() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join2(dir, "plugin", "skills");
    if (existsSync(join2(candidate, "dev-auto-orchestrate", "SKILL.md"))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
var PluginSyncCommand = class extends OrchestratorCommand {
  static paths = [["plugin", "sync"]];
  static usage = import_clipanion8.Command.Usage({
    description: "Install or refresh the plugin's skills where Claude Code and Codex look for them",
    details: `
      Copies the \`dev-auto-orchestrate\` and \`autonomous-development\` skills (with the engine and the phase prompts inside them) into each tool's skills directory, for people who do not install the plugin from a marketplace: Claude Code \`~/.claude/skills\` (or \`$CLAUDE_CONFIG_DIR/skills\`) / \`<repo>/.claude/skills\`, Codex \`~/.agents/skills\` / \`<repo>/.agents/skills\`.

      A record of what it wrote (\`.orchestrator-plugin-sync.json\`, with hashes) lets a second run write nothing, refresh files it installed when the plugin changes, prune files no longer shipped, and tell your own edits apart: an edited file is reported and kept unless \`--force\`.

      Exit codes: 0 in sync, 1 drift (\`--check\`) or edits kept, 2 usage error.
    `,
    examples: [
      ["Install for both tools in your home", "$0 plugin sync"],
      ["Install Codex skills into this repository", "$0 plugin sync --target codex --scope project"],
      ["Fail when an install is out of date (CI)", "$0 plugin sync --scope project --check"]
    ]
  });
  target = import_clipanion8.Option.String("--target", { description: "claude or codex (default: both)", validator: t2.isEnum(TARGETS) });
  scope = import_clipanion8.Option.String("--scope", "user", { description: "user (your home) or project (the current repository)", validator: t2.isEnum(SCOPES) });
  check = import_clipanion8.Option.Boolean("--check", false, { description: "Change nothing; exit 1 when anything is missing, outdated or edited" });
  force = import_clipanion8.Option.Boolean("--force", false, { description: "Overwrite (or prune) files you edited" });
  dryRun = import_clipanion8.Option.Boolean("--dry-run", false, { description: "Print what would change, change nothing" });
  async execute() {
    const { stdout, stderr, env, cwd } = this.context;
    const [{ findGitRoot }, sync] = await Promise.all([import("./chunks/discover-TQX5QITB.js"), import("./chunks/sync-HONWS5RF.js")]);
    const source = shippedSkillsDir();
    if (source === null) {
      stderr.write("error: this orchestrator install has no plugin/skills folder; reinstall the package\n");
      return ExitCode.Usage;
    }
    const shipped = await sync.shippedSkills(source);
    const where = { home: env.HOME || homedir(), projectRoot: await findGitRoot(cwd), env };
    const write = !this.check && !this.dryRun;
    let drift = false;
    let kept = 0;
    for (const target of this.target ? [this.target] : TARGETS) {
      const destination = sync.destinationFor(target, this.scope, where);
      if (!destination.ok) return this.reportProblems(destination.problems);
      const report = await sync.syncSkills(shipped, destination.value, { force: this.force, write });
      if (!report.ok) return this.reportProblems(report.problems);
      const { changes } = report.value;
      const shown = changes.filter((c) => c.action !== "unchanged");
      const verb = write ? "" : " (nothing written)";
      stdout.write(`${target} ${this.scope}: ${destination.value.dir}${shown.length === 0 ? " \u2014 up to date" : verb}
`);
      for (const c of shown) stdout.write(`  ${c.action.padEnd(13)} ${c.path}
`);
      drift ||= sync.drifted(report.value);
      kept += changes.filter((c) => c.action === "conflict" || c.action === "keep-modified").length;
    }
    if (kept > 0) {
      const files = `${kept} file${kept === 1 ? "" : "s"}`;
      stderr.write(write ? `${files} you changed kept; --force replaces them with the shipped version
` : `${files} you changed would be kept; --force would replace them
`);
    }
    if (this.check) return drift ? ExitCode.NotPassed : ExitCode.Ok;
    return kept > 0 ? ExitCode.NotPassed : ExitCode.Ok;
  }
};

// src/cli/commands/run.ts
var import_clipanion9 = __toESM(require_advanced(), 1);
var RunCommand = class extends RepoCommand {
  static paths = [["run"]];
  static usage = import_clipanion9.Command.Usage({
    description: "Run the dev \u2192 review \u2192 fix loop over a milestone's issues",
    details: `
      Runs every open issue of the milestone in dependency order, one git worktree per issue on its own branch. Each issue gets a dev phase and a review; while the review fails and fewer than \`review.maxCycles\` fixes ran, a fix phase and another review follow.

      Exit codes: 0 every issue passed (or nothing to do), 1 some issue did not pass, 2 usage/config/issue-doc error (nothing was run), 130 interrupted.
    `,
    examples: [
      ["Run milestone M1", "$0 run --milestone M1"],
      ["Run one issue of M1", "$0 run --milestone M1 --issue ISSUE-3"],
      ["Stream NDJSON events for a script", "$0 run --milestone M1 --json"]
    ]
  });
  milestone = import_clipanion9.Option.String("--milestone,-m", { required: true, description: "Milestone id to run" });
  issue = import_clipanion9.Option.String("--issue,-i", { description: "Run only this issue of the milestone" });
  json = import_clipanion9.Option.Boolean("--json", false, { description: "NDJSON events on stdout (human text goes to stderr)" });
  async execute() {
    return runInTerminal({ cwd: this.context.cwd, configPath: this.config, milestone: this.milestone, issue: this.issue }, this.json, this.context);
  }
};
async function runInTerminal(settings, json, context) {
  const { stdout, stderr, env } = context;
  const interrupt = abortOnSignals((line) => stderr.write(`
${line}
`), context.exit);
  try {
    const human = json ? stderr : stdout;
    const style = styleFor(human, env);
    const [{ executeRun }, { ndjsonSink }, { terminalSink }, { liveModeFor }] = await Promise.all([
      import("./chunks/session-T6CM6SRW.js"),
      import("./chunks/ndjson-N3UXBBP6.js"),
      import("./chunks/terminal-5HFSVUDO.js"),
      import("./chunks/live-5PZ4EIQ2.js")
    ]);
    const live = liveModeFor(human, env, json);
    const result = await executeRun(
      runRequest(settings, {
        env,
        signal: interrupt.signal,
        sinks: (redactor) => json ? [ndjsonSink(stdout, redactor), terminalSink(stderr, style, redactor, { live })] : [terminalSink(stdout, style, redactor, { live })]
      })
    );
    if (result.problems.length > 0) {
      if (json) stdout.write(runErrorRecord(result.problems));
      if (result.exitCode === ExitCode.Usage) return reportProblems(context, result.problems);
      printProblems(stderr, result.problems);
    }
    return result.exitCode;
  } finally {
    interrupt.dispose();
  }
}

// src/cli/commands/status.ts
var import_clipanion10 = __toESM(require_advanced(), 1);
var StatusCommand = class extends RepoCommand {
  static paths = [["status"]];
  static usage = import_clipanion10.Command.Usage({
    description: "Show what a milestone's issue branches say and what the next run would do",
    details: `
      Reads each issue's branch (read-only): passed at which commit, unfinished with its last phase, not started, or done by front matter, and what \`orchestrator run\` would do next with it (nothing, resume with a review, or dev). Nothing is run, fetched or written; exit 0.
    `,
    examples: [
      ["Where milestone M1 stands", "$0 status --milestone M1"],
      ["Machine-readable", "$0 status --milestone M1 --json"]
    ]
  });
  milestone = import_clipanion10.Option.String("--milestone,-m", { required: true, description: "Milestone id" });
  json = import_clipanion10.Option.Boolean("--json", false, { description: "Print the status as JSON on stdout" });
  async execute() {
    const [{ loadWorkspace }, { buildPlan }, { outlookFor }] = await Promise.all([import("./chunks/prepare-EAHHKKQF.js"), import("./chunks/issues-UFE5UDBR.js"), import("./chunks/next-action-XC4ABYKD.js")]);
    const refuse = (problems) => {
      if (this.json) this.context.stdout.write(statusErrorDocument(this.milestone, problems));
      return this.reportProblems(problems);
    };
    const workspace = await loadWorkspace({ cwd: this.context.cwd, configPath: this.config });
    if (!workspace.ok) return refuse(workspace.problems);
    const { loaded, issues } = workspace.value;
    const plan = buildPlan(issues, { milestone: this.milestone });
    if (!plan.ok) return refuse(plan.problems);
    const done = issues.filter((i) => i.milestone === this.milestone && i.done);
    const outlook = await outlookFor(loaded, plan.value, done);
    if (!outlook.ok) return refuse(outlook.problems);
    const rows = outlook.value;
    if (this.json) {
      this.context.stdout.write(`${JSON.stringify({ version: 1, milestone: this.milestone, issues: rows }, null, 2)}
`);
      return ExitCode.Ok;
    }
    const s = styleFor(this.context.stdout, this.context.env);
    if (rows.length === 0) {
      this.context.stdout.write(`Milestone ${s.bold(neutralise(this.milestone))}: no issue.
`);
      return ExitCode.Ok;
    }
    const said = (r) => {
      if (r.state === "done") return "done (front matter)";
      if (r.state === "absent") return "not started";
      const at = r.commit ? ` at ${r.commit.slice(0, 12)}` : "";
      const from = r.source === "origin" ? " (origin only)" : "";
      if (r.state === "passed") return `passed${at}${from}`;
      if (r.state === "untouched") return `branch without engine work${at}${from}`;
      return `unfinished${r.lastPhase ? ` (last: ${r.lastPhase})` : ""}${at}${from}`;
    };
    const body = table(
      ["issue", "branch says", "next run", "title"],
      // Titles and ids come from issue docs: untrusted text, shown neutralised (one line each).
      rows.map((r) => [r.id, said(r), r.nextText, r.title.replace(/\r?\n/g, " ")].map(neutralise))
    );
    const pending = rows.filter((r) => r.next !== "none").length;
    this.context.stdout.write(`Milestone ${s.bold(neutralise(this.milestone))}: ${pending === 0 ? "nothing left to run" : `${pending} of ${rows.length} issues left to run`}

${body}
`);
    return ExitCode.Ok;
  }
};

// src/cli/commands/validate.ts
var import_clipanion11 = __toESM(require_advanced(), 1);
import { relative } from "node:path";
var ValidateCommand = class extends RepoCommand {
  static paths = [["validate"]];
  static usage = import_clipanion11.Command.Usage({
    description: "Check the config and every issue doc",
    details: "Loads the config and every issue doc its globs match, and reports every problem at once: config keys, YAML, ids, duplicates, unknown dependencies and cycles. Then runs the same preflight as `run`: codex starts, the model credential is present, `${VAR}`s in runner.env are set, the model endpoint accepts a connection, worktrees.base resolves, worktrees.root is writable, Graphite is ready when enabled. Exits 2 when anything is wrong.",
    examples: [["Validate the repository's orchestrator setup", "$0 validate"]]
  });
  json = import_clipanion11.Option.Boolean("--json", false, { description: "Print the result as JSON on stdout" });
  async execute() {
    const [{ loadWorkspace }, { readiness }] = await Promise.all([import("./chunks/prepare-EAHHKKQF.js"), import("./chunks/readiness-DA3RCCRS.js")]);
    const found = await loadWorkspace({ cwd: this.context.cwd, configPath: this.config });
    const ready = found.ok ? await readiness(found.value.loaded, this.context.env, this.context.cwd) : [];
    const workspace = found.ok && ready.length > 0 ? { ok: false, problems: ready } : found;
    if (this.json) {
      if (!workspace.ok) {
        this.context.stdout.write(validateErrorDocument(workspace.problems));
        return ExitCode.Usage;
      }
      const { loaded: loaded2, issues: issues2 } = workspace.value;
      const body = { ok: true, config: relative(loaded2.repoRoot, loaded2.file) || loaded2.file, issues: issues2.length, problems: [] };
      this.context.stdout.write(`${JSON.stringify(body, null, 2)}
`);
      return ExitCode.Ok;
    }
    if (!workspace.ok) return this.reportProblems(workspace.problems);
    const { loaded, issues } = workspace.value;
    const milestones = new Set(issues.map((i) => i.milestone).filter((m) => m !== void 0));
    const configName = relative(this.context.cwd, loaded.file) || loaded.file;
    this.context.stdout.write(
      `ok: ${configName}; ${issues.length} issue doc${issues.length === 1 ? "" : "s"} in ${milestones.size} milestone${milestones.size === 1 ? "" : "s"}
`
    );
    return ExitCode.Ok;
  }
};

// src/cli/main.ts
function createCli(opts) {
  const cli = new OrchestratorCli({
    enableColors: opts.colors,
    binaryLabel: "orchestrator",
    binaryName: "orchestrator",
    binaryVersion: version,
    enableCapture: false
  });
  return cli.registerAll([RunCommand, PlanCommand, StatusCommand, ValidateCommand, LogsCommand, CleanCommand, InitCommand, PluginSyncCommand, HelpCommand]);
}
async function main(argv, context) {
  if (argv.length === 0 && asksForRun(context.env)) return runFromInputs(context);
  const colors = styleFor(context.stdout, context.env) !== styleFor({ isTTY: false }, {});
  const cli = createCli({ colors });
  let command;
  try {
    command = cli.process(argv, context);
  } catch (err) {
    context.stderr.write(cli.error(err, { colored: colors }));
    const record = usageErrorRecord(argv, cli.error(err, { colored: false }));
    if (record !== null) context.stdout.write(record);
    return ExitCode.Usage;
  }
  try {
    return await cli.run(command, context);
  } catch (err) {
    context.stderr.write(`orchestrator: internal error: ${errorMessage(err)}
`);
    return ExitCode.NotPassed;
  }
}
function runFromInputs(context) {
  const inputs = readInputs(context.env);
  if (!inputs.ok) return reportProblems(context, inputs.problems);
  return runInTerminal(inputs.value, false, { ...context, cwd: inputs.value.cwd });
}

// src/cli/bin.ts
main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  colorDepth: 1,
  exit: (code) => process.exit(code)
}).then((code) => {
  process.exitCode = code;
});
//# sourceMappingURL=cli.js.map
