from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('viva', '0001_initial')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Session',
            name='mcq_rev',
            field=fields.IntField(default=0),
        ),
        ops.AddField(
            model_name='Session',
            name='paused_seconds',
            field=fields.FloatField(default=0),
        ),
        ops.AddField(
            model_name='Session',
            name='started_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Session',
            name='warned_minutes',
            field=fields.IntField(null=True),
        ),
    ]
