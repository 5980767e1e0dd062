from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('viva', '0003_question_rubric')]

    initial = False

    operations = [
        ops.CreateModel(
            name='TestRun',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('session', fields.ForeignKeyField('viva.Session', source_field='session_id', db_constraint=True, to_field='id', related_name='test_runs', on_delete=OnDelete.CASCADE)),
                ('trigger', fields.CharField(max_length=16)),
                ('include_hidden', fields.BooleanField(default=False)),
                ('status', fields.CharField(default='running', max_length=16)),
                ('passed', fields.IntField(default=0)),
                ('failed', fields.IntField(default=0)),
                ('errors', fields.IntField(default=0)),
                ('duration_ms', fields.IntField(default=0)),
                ('cases', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('output_tail', fields.TextField(default='', unique=False)),
                ('reason', fields.TextField(default='', unique=False)),
                ('started_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'testrun', 'app': 'viva', 'pk_attr': 'id', 'table_description': "One run of a session's tests in the sandbox, and its results (every case, hidden included)."},
            bases=['Model'],
        ),
        # one running run per session, whichever server process inserts it (PostgreSQL and
        # SQLite both have partial indexes)
        ops.RunSQL(
            "CREATE UNIQUE INDEX testrun_one_running ON testrun (session_id) WHERE status = 'running'",
            reverse_sql="DROP INDEX testrun_one_running",
        ),
    ]
