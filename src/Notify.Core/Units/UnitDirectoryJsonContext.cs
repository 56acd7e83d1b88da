using System.Text.Json.Serialization;

namespace Notify.Core.Units;

[JsonSerializable(typeof(UnitDirectoryData))]
internal sealed partial class UnitDirectoryJsonContext : JsonSerializerContext;
