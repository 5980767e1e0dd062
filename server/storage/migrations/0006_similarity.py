from tortoise import migrations
from tortoise.migrations import operations as ops
from orjson import loads
from tortoise.fields.base import OnDelete
from tortoise.fields.data import JSON_DUMPS
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('viva', '0005_test_verdicts')]

    initial = False

    operations = [
        ops.CreateModel(
            name='CodePrint',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('session', fields.OneToOneField('viva.Session', source_field='session_id', db_constraint=True, to_field='id', related_name='code_print', on_delete=OnDelete.CASCADE)),
                ('assessment', fields.ForeignKeyField('viva.Assessment', source_field='assessment_id', db_constraint=True, to_field='id', related_name='code_prints', on_delete=OnDelete.CASCADE)),
                ('tokens', fields.IntField(default=0)),
                ('prints', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('lexicon', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'codeprint', 'app': 'viva', 'pk_attr': 'id', 'table_description': "A closed session's code as the similarity engine saw it."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PrintHash',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('assessment', fields.ForeignKeyField('viva.Assessment', source_field='assessment_id', db_constraint=True, to_field='id', related_name='print_hashes', on_delete=OnDelete.CASCADE)),
                ('hash', fields.BigIntField()),
                ('session', fields.ForeignKeyField('viva.Session', source_field='session_id', db_constraint=True, to_field='id', related_name='print_hashes', on_delete=OnDelete.CASCADE)),
            ],
            options={'table': 'printhash', 'app': 'viva', 'indexes': (('assessment', 'hash'),), 'pk_attr': 'id', 'table_description': 'The inverted index: one row per distinct fingerprint hash of a session.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='SimilarPair',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('assessment', fields.ForeignKeyField('viva.Assessment', source_field='assessment_id', db_constraint=True, to_field='id', related_name='similar_pairs', on_delete=OnDelete.CASCADE)),
                ('left', fields.ForeignKeyField('viva.Session', source_field='left_id', db_constraint=True, to_field='id', related_name='similar_left', on_delete=OnDelete.CASCADE)),
                ('right', fields.ForeignKeyField('viva.Session', source_field='right_id', db_constraint=True, to_field='id', related_name='similar_right', on_delete=OnDelete.CASCADE)),
                ('similarity', fields.FloatField()),
                ('longest_fragment', fields.IntField(default=0)),
                ('fragments', fields.JSONField(default=list, encoder=JSON_DUMPS, decoder=loads)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'similarpair', 'app': 'viva', 'unique_together': (('left', 'right'),), 'pk_attr': 'id', 'table_description': 'Two sessions of an assessment whose code matched.'},
            bases=['Model'],
        ),
    ]
