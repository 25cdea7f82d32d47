// After `vite build`: prints the viewer's JavaScript on first load and on demand, and the
// builder's (see
// bundle-size.ts), and fails when the first load passes its budget.
//   tsx scripts/report-bundle-size.ts [dist]
import { FIRST_LOAD_BUDGET_KIB, kib, measureBundle } from './bundle-size.ts';

const { firstLoad, onDemand, builder } = measureBundle(process.argv[2] ?? 'dist');
console.log(
  `papermap: JavaScript on first load ${kib(firstLoad.raw)}, ${kib(firstLoad.gzip)} gzipped` +
    ` (${firstLoad.files.length} file${firstLoad.files.length === 1 ? '' : 's'})` +
    (onDemand.raw > 0
      ? `; loaded on demand ${kib(onDemand.raw)}, ${kib(onDemand.gzip)} gzipped`
      : ''),
);
console.log(
  `papermap: Make a map (the builder, loaded when its page opens) ${kib(builder.raw)}, ${kib(builder.gzip)} gzipped (${builder.files.length} files)`,
);
if (firstLoad.gzip > FIRST_LOAD_BUDGET_KIB * 1024) {
  console.error(
    `papermap: the first load is over its budget of ${FIRST_LOAD_BUDGET_KIB} KiB gzipped: ` +
      firstLoad.files.join(', '),
  );
  process.exitCode = 1;
}
