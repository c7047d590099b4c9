// Lint: the house's import boundaries plus a few correctness rules. `npm run lint` (CI runs it).
// The platform (config, db, server, schema, plugins) imports no module; the SDK entry re-exports
// modules' public faces only; a module imports another module only through its public face
// (`../<other>/public`).
import tseslint from 'typescript-eslint';

const KERNEL = ['src/config.ts', 'src/db/**/*.ts', 'src/server/**/*.ts', 'src/schema/**/*.ts', 'src/plugins/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/gql/**', 'examples/board/src/gql/**', 'examples/*/dist/**', 'examples/*/node_modules/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-unreachable': 'error',
      'no-self-assign': 'error',
      'no-cond-assign': 'error',
      'no-constant-binary-expression': 'error',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: KERNEL,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)modules(/|$)',
              message:
                'The platform imports no module: take what you need as a parameter from the composition root (src/main.ts) or declare it in the module contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // The SDK entry stands above the kernel like src/main.ts: it may re-export modules' public faces.
    files: ['src/sdk.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\./modules/[^/]+(/(?!public$).*)?$', message: "The SDK re-exports a module's public face only ('./modules/<module>/public')." },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*(/(?!public$).*)?$',
              message: "A module reaches another module only through its public face: import from '../<module>/public'.",
            },
            { regex: '^\\.\\./?$|^\\.\\./index$', message: 'Modules do not import the first-party module list (src/modules/index.ts).' },
          ],
        },
      ],
    },
  },
);
