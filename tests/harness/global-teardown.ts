import { dropTemplates } from './template';
import { scanLogs, suiteLogDir } from './log-scan';

export default async function globalTeardown(): Promise<void> {
  await dropTemplates(process.env.WUSHE_TEST_RUN_ID);
  await (globalThis as any).__wusheEmbedded?.stop();
  // Personal data, test data's names and addresses and SQL values never reach a log: scan
  // everything the suite's servers and CLI runs wrote.
  const dir = suiteLogDir();
  if (!dir) return;
  const { files, lines, findings } = scanLogs(dir);
  console.log(`\nlog scan: ${lines} lines in ${files} log files of this run (${dir}): ${findings.length} with personal data or SQL values`);
  if (findings.length > 0) {
    const shown = findings
      .slice(0, 20)
      .map((f) => `  ${f.file}:${f.line} ${f.kind}`)
      .join('\n');
    throw new Error(`personal data or SQL values found in the suite's logs:\n${shown}`);
  }
}
