<?php
// What a portal does with the library: check a procedure under the
// agency's policy, compute an appointment date, and handle an error.
// Run: ISO9001_LIB=/path/to/libiso9001.so php example.php <repo root>
declare(strict_types=1);

require __DIR__ . '/Iso9001.php';

use Iso9001\{Calendar, Checker, Iso9001Exception, Library};

$root = $argv[1] ?? __DIR__ . '/../../..';
$policy = file_get_contents("$root/examples/policy.json");
$document = file_get_contents("$root/examples/documents/qt-dang-ky-khai-sinh.json");

$checker = new Checker($policy);
$report = $checker->checkDocument($document, '2026-11-22');
$checker->close();
$summary = $report['summary'];
printf("Lỗi: %d, cảnh báo: %d, đạt: %s\n", $summary['errors'], $summary['warnings'], $report['passed'] ? 'True' : 'False');
foreach (array_slice($report['findings'], 0, 3) as $f) {
    printf("  %s %s: %s\n", $f['rule'], $f['pointer'], $f['message']);
}

$calendar = new Calendar();
$due = $calendar->query(['kind' => 'due', 'received' => '2026-02-12T16:10', 'limit' => ['value' => 5, 'unit' => 'workingDays']]);
$calendar->close();
printf("Ngày hẹn trả: %s\n", $due['appointment']['dueDate']);

try {
    Library::clause('11.4');
} catch (Iso9001Exception $e) {
    printf("Lỗi %s: %s\n", $e->errorCode, $e->getMessage());
}
