#!/usr/bin/env bash
# Packs PersianNews.Core, creates a console app in a temp folder that references the .nupkg through a local folder
# source, parses a text and checks the result: proof that other apps can reference the package.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
rm -rf "$work" && mkdir -p "$work/feed" "$work/app" "$work/packages"
dotnet pack src/PersianNews.Core -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true >/dev/null
ls "$work/feed"
test -f "$work/feed/PersianNews.Core.0.1.0.nupkg"
test -f "$work/feed/PersianNews.Core.0.1.0.snupkg"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$work/app/SmokeApp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PersianNews.Core" Version="0.1.0" />
  </ItemGroup>
</Project>
XML
cat > "$work/app/Program.cs" <<'CS'
using PersianNews.Core;
using PersianNews.Core.Serialization;

var article = PersianNewsParser.Default.Parse("تهران- ایرنا- وزیر نیرو روز دوشنبه گفت: «ذخایر سدهای کشور بیشتر شده است.»");
if (article.Outlet?.Id != "irna" || article.Quotes.Count == 0 || article.Quotes[0].Kind != QuoteKind.Direct)
{
    Console.Error.WriteLine("unexpected result: " + NewsJson.Serialize(article));
    return 1;
}

Console.WriteLine("package smoke test OK: " + NewsJson.Serialize(article).Length + " bytes of JSON");
return 0;
CS
# A private package folder, so a stale PersianNews.Core 0.1.0 from an earlier run is never used.
# The app folder is outside the repository, so the repository's Directory.*.props do not apply.
(cd "$work/app" && NUGET_PACKAGES="$work/packages" dotnet run -c Release)
