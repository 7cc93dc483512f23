/**
 * The rules a connection runs, loaded from files and compiled once. The
 * compiler is passed in by the caller (the CLI passes the Twinsync
 * compiler), because the compiler package builds on this runtime package.
 * A rule file is compiled again when its modification time or size changes,
 * so `twinsync retry` after fixing a rule runs the fixed rule.
 */

import { readFileSync, statSync } from "node:fs";
import type { ExecutionContext } from "../context.ts";
import type { RuleFrame } from "../errors.ts";
import type { Direction } from "../model/state.ts";
import type { Value } from "../values.ts";

/** A rule error as the compiler's `run` reports it. */
export interface RuleFailure {
  kind: string;
  javaClass: string | null;
  message: string;
  file: string;
  line: number | null;
  column: number | null;
  frames: RuleFrame[];
}

/** The part of a compiled rule the engine uses; the compiler's `CompiledRule` has this shape. */
export interface CompiledRuleLike {
  hasErrors: boolean;
  diagnostics: readonly { severity: string; message: string; start: number }[];
  lineMap: { position(offset: number): { line: number; column: number } };
  run(ctx: ExecutionContext, bindings: Map<string, Value>): { error: RuleFailure | null };
}

export type RuleCompiler = (source: string, fileName: string, direction: Direction) => CompiledRuleLike;

/** A rule that could not be loaded: unreadable or with compile errors. */
export interface RuleLoadError {
  message: string;
  file: string;
  line: number | null;
  column: number | null;
}

export type LoadedRule = { ok: true; rule: CompiledRuleLike; file: string } | { ok: false; error: RuleLoadError };

interface CacheEntry {
  mtimeMs: number;
  size: number;
  loaded: LoadedRule;
}

/** Compiled rules by file, recompiled when a file changes. */
export class RuleCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly compile: RuleCompiler) {}

  load(path: string, direction: Direction): LoadedRule {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      this.entries.delete(path);
      return { ok: false, error: { message: `cannot read the ${direction} rule ${path}: ${(error as Error).message}`, file: path, line: null, column: null } };
    }
    const cached = this.entries.get(path);
    if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.loaded;
    const loaded = this.compileFile(path, direction);
    this.entries.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
    return loaded;
  }

  private compileFile(path: string, direction: Direction): LoadedRule {
    let source: string;
    try {
      source = readFileSync(path, "utf8");
    } catch (error) {
      return { ok: false, error: { message: `cannot read the ${direction} rule ${path}: ${(error as Error).message}`, file: path, line: null, column: null } };
    }
    const rule = this.compile(source, path, direction);
    const first = rule.diagnostics.find((d) => d.severity === "error");
    if (rule.hasErrors && first !== undefined) {
      const { line, column } = rule.lineMap.position(first.start);
      return { ok: false, error: { message: `the ${direction} rule does not compile: ${first.message}`, file: path, line, column } };
    }
    return { ok: true, rule, file: path };
  }
}
